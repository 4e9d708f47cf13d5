//! `kill -9` at random moments during a 5,000-file burst, five times, then a
//! restart: every file exactly once in the output, no torn line left.

mod common;
use common::*;

use std::time::Duration;

#[test]
fn kill9_at_random_moments_during_a_burst_then_restart_gives_every_file_once() {
    with_timeout(150, || {
        let mut rng = Rng::from_env("kill -9 test");
        let mut env = Env::new();
        let n = 5000usize;
        for i in 0..n {
            std::fs::write(env.stage.join(format!("k{i:05}.txt")), article(i)).unwrap();
        }
        // The burst: renamed into the inbox from another thread, at full speed,
        // while the daemon is killed and restarted.
        let (stage, inbox) = (env.stage.clone(), env.inbox.clone());
        let dropper = std::thread::spawn(move || {
            for i in 0..n {
                let name = format!("k{i:05}.txt");
                std::fs::rename(stage.join(&name), inbox.join(&name)).unwrap();
                if i % 500 == 499 {
                    std::thread::sleep(Duration::from_millis(30));
                }
            }
        });
        // Small batches make more commit/move windows to land a kill in.
        let extra = ["--batch", "16", "--workers", "2"];
        for round in 0..5 {
            let mut d = env.start(&extra);
            let delay = 100 + rng.below(500);
            std::thread::sleep(Duration::from_millis(delay));
            assert!(d.alive(), "daemon died on its own; log:\n{}", d.log_text());
            let before = count_lines(&env.out);
            d.kill9();
            eprintln!("round {round}: kill -9 after {delay} ms with {before} lines written");
        }
        dropper.join().unwrap();
        let mut d = env.start(&[]);
        env.wait_lines(&mut d, n, 90);
        std::thread::sleep(Duration::from_millis(1300));
        let log = d.log_text();
        assert!(d.stop(30).success(), "{log}");

        for i in 1..=6 {
            let log = std::fs::read_to_string(env.path().join(format!("daemon-{i}.log")))
                .unwrap_or_default();
            for l in log.lines().filter(|l| l.contains("recovered")) {
                eprintln!("start {i}: {l}");
            }
        }
        let recs = env.records(); // panics on a torn line
        let names = by_name(&recs);
        let dup: Vec<_> = names.iter().filter(|&(_, &c)| c > 1).take(5).collect();
        assert!(dup.is_empty(), "duplicates: {dup:?} (seed {})", rng.seed);
        assert_eq!(names.len(), n, "missing records (seed {})", rng.seed);
        assert_eq!(recs.len(), n);
        assert_eq!(std::fs::read_dir(&env.inbox).unwrap().count(), 0);
        assert_eq!(std::fs::read_dir(&env.done).unwrap().count(), n);
    });
}
