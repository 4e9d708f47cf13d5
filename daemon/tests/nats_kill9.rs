//! The daemon `kill -9`'ed at random moments of a 5,000-file burst to
//! JetStream, then restarted: records published but not yet in the ledger
//! are published again with the same `Nats-Msg-Id` and dropped by the
//! stream's duplicate window, so the stream holds every file exactly once.

mod common;
#[path = "common/nats.rs"]
mod nats;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use nats::*;

#[test]
fn daemon_kill9_mid_burst_then_restart_gives_every_file_once() {
    with_nats_timeout(150, || {
        let seed = std::env::var("TIDINGS_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("seed {seed} (rerun with TIDINGS_TEST_SEED={seed})");
        let mut x = seed;
        let mut below = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
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
            let delay = 150 + below(500);
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
        let log = d.log_text();
        assert!(d.stop(30).success(), "{log}");
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
