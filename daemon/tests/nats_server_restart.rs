//! The NATS server killed (`kill -9`) and restarted mid-burst: the daemon
//! goes unhealthy, stops taking files (back-pressure), retries, and once
//! the server is back every file is in the stream exactly once.

mod common;
#[path = "common/nats.rs"]
mod nats;

use std::time::Duration;

use common::*;
use nats::*;

#[test]
fn server_killed_and_restarted_mid_burst_loses_and_duplicates_nothing() {
    with_nats_timeout(150, || {
        let mut env = Env::new();
        let mut server = NatsServer::start(env.path());
        let url = server.url();
        let n = 5000;
        let names = stage_articles(&env, "r", 0, n);
        let metrics = free_addr();
        // Small batches and queue: more commits to interrupt, and the
        // back-pressure shows early.
        let args = watch_args(
            &env,
            &url,
            &[
                "--subject",
                "news.restart",
                "--stream",
                "RESTART",
                "--create-stream",
                "--metrics",
                &metrics,
                "--batch",
                "32",
                "--queue",
                "64",
                "--ack-timeout",
                "1000",
            ],
        );
        let mut d = env.spawn(&args, |_| {});
        wait_until(20, "daemon healthy", || {
            http_get(&metrics, "/healthz").is_some_and(|(c, _)| c == 200)
        });
        let dropper = burst(&env, names);
        let have = wait_messages(&url, "RESTART", 1000, 60);
        server.kill();
        eprintln!("server killed with {have}+ messages stored");

        wait_until(15, "/healthz unhealthy while the server is down", || {
            http_get(&metrics, "/healthz").is_some_and(|(c, _)| c == 503)
        });
        dropper.join().unwrap();
        // Back-pressure: while the server is down the daemon stops taking
        // files; they wait in the inbox (nothing is dropped).
        std::thread::sleep(Duration::from_millis(1500));
        let done_while_down = count_dir(&env.done);
        std::thread::sleep(Duration::from_millis(1000));
        assert_eq!(
            count_dir(&env.done),
            done_while_down,
            "inputs moved without an ack"
        );
        let waiting = count_dir(&env.inbox);
        eprintln!("while down: {done_while_down} done, {waiting} waiting in the inbox");
        assert!(waiting > 0, "back-pressure: files must wait in the inbox");
        assert!(d.alive(), "daemon died; log:\n{}", d.log_text());

        server.restart();
        let t0 = std::time::Instant::now();
        let have = wait_messages(&url, "RESTART", n as u64, 90);
        eprintln!(
            "{have} messages {:.1}s after the restart",
            t0.elapsed().as_secs_f64()
        );
        wait_until(30, "every input moved to done/", || {
            count_dir(&env.done) == n
        });
        wait_until(15, "/healthz healthy again", || {
            http_get(&metrics, "/healthz").is_some_and(|(c, _)| c == 200)
        });
        let log = d.log_text();
        assert!(d.stop(30).success(), "{log}");
        assert!(log.contains("NATS connection lost"), "{log}");
        if std::env::var_os("TIDINGS_TEST_LOG").is_some() {
            eprintln!("{log}");
        }
        let stored = read_stream(&url, "news.restart", "RESTART");
        assert_exactly(&stored, n);
    });
}
