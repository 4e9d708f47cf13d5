//! The daemon `kill -9`'ed at random moments of a 5,000-file burst to
//! JetStream, then restarted: records published but not yet in the ledger
//! are published again with the same `Nats-Msg-Id` and dropped by the
//! stream's duplicate window, so the stream holds every file exactly once.

mod common;
#[path = "common/nats.rs"]
mod nats;

use std::time::Duration;

use common::*;
use nats::*;

#[test]
fn daemon_kill9_mid_burst_then_restart_gives_every_file_once() {
    with_nats_timeout(150, || {
        let mut rng = Rng::from_env("NATS kill -9 test");
        let mut env = Env::new();
        let server = NatsServer::start(env.path());
        let url = server.url();
        let n = 5000;
        let names = stage_articles(&env, "k", 0, n);
        let dropper = burst(&env, names);
        let extra = [
            "--subject",
            "news.kill",
            "--stream",
            "KILL",
            "--create-stream",
            "--batch",
            "16",
            "--workers",
            "2",
        ];
        for round in 0..4 {
            let mut d = env.spawn(&watch_args(&env, &url, &extra), |_| {});
            let delay = 150 + rng.below(500);
            std::thread::sleep(Duration::from_millis(delay));
            assert!(d.alive(), "daemon died on its own; log:\n{}", d.log_text());
            d.kill9();
            eprintln!(
                "round {round}: kill -9 after {delay} ms with {} inputs done",
                count_dir(&env.done)
            );
        }
        dropper.join().unwrap();
        let d = env.spawn(&watch_args(&env, &url, &extra), |_| {});
        wait_until(60, "every input moved to done/", || {
            count_dir(&env.done) == n
        });
        // All inputs may already be done by the killed rounds: stop only once
        // this daemon is up (a SIGTERM before it installs its handlers kills
        // it with the default action, which is not what this test checks).
        wait_until(30, "the last daemon's initial scan", || {
            d.log_text().contains("initial scan done")
        });
        let (st, log) = d.stop_logged(30);
        assert!(st.success(), "{st:?}; log:\n{log}");
        let dups: usize = (1..=5)
            .map(|i| {
                std::fs::read_to_string(env.path().join(format!("daemon-{i}.log")))
                    .unwrap_or_default()
                    .matches("dropped by msg id")
                    .count()
            })
            .sum();
        eprintln!("{dups} commits re-published records the stream already had");
        let stored = read_stream(&url, "news.kill", "KILL");
        assert_exactly(&stored, n);
        assert_eq!(count_dir(&env.inbox), 0);
    });
}
