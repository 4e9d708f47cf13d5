//! 5,000 files renamed into the inbox of a daemon publishing to a real
//! JetStream server: exactly 5,000 messages with 5,000 distinct ids, read
//! back with `tidings tail`. Also: a missing stream is a clear start-up
//! error, not a retry loop.

mod common;
#[path = "common/nats.rs"]
mod nats;

use common::*;
use nats::*;

#[test]
fn burst_of_5000_files_gives_5000_messages_with_distinct_ids() {
    with_nats_timeout(120, || {
        let mut env = Env::new();
        let server = NatsServer::start(env.path());
        let url = server.url();
        let n = 5000;
        let names = stage_articles(&env, "b", 0, n);
        let metrics = free_addr();
        let args = watch_args(
            &env,
            &url,
            &[
                "--subject",
                "news.burst",
                "--stream",
                "BURST",
                "--create-stream",
                "--metrics",
                &metrics,
            ],
        );
        let mut d = env.spawn(&args, |_| {});
        wait_until(20, "daemon healthy", || {
            http_get(&metrics, "/healthz").is_some_and(|(c, _)| c == 200)
        });
        let t0 = std::time::Instant::now();
        burst(&env, names).join().unwrap();
        let have = wait_messages(&url, "BURST", n as u64, 60);
        eprintln!(
            "{have} messages stored {:.2}s after the burst began",
            t0.elapsed().as_secs_f64()
        );
        assert!(d.alive(), "daemon died; log:\n{}", d.log_text());
        wait_until(20, "every input moved to done/", || {
            count_dir(&env.done) == n
        });
        let log = d.log_text();
        assert!(d.stop(30).success(), "{log}");
        assert_eq!(count_dir(&env.inbox), 0);
        let stored = read_stream(&url, "news.burst", "BURST");
        assert_exactly(&stored, n);
        drop(server);
    });
}

#[test]
fn a_missing_stream_stops_the_daemon_with_a_clear_error() {
    with_nats_timeout(60, || {
        let mut env = Env::new();
        let server = NatsServer::start(env.path());
        let args = watch_args(&env, &server.url(), &["--subject", "news.nowhere"]);
        let mut d = env.spawn(&args, |_| {});
        let st = d.wait(20);
        let log = d.log_text();
        assert_eq!(st.code(), Some(1), "{log}");
        assert!(
            log.contains("no JetStream stream stores subject news.nowhere")
                && log.contains("--create-stream"),
            "{log}"
        );
    });
}
