//! 10,000 files, 2,000 of them dropped while the daemon is stopped: exactly
//! 10,000 records after the restart, each input exactly once.

mod common;
use common::*;

#[test]
fn ten_thousand_files_with_two_thousand_dropped_while_stopped() {
    with_timeout(150, || {
        let mut env = Env::new();
        let mut d = env.start(&["--queue", "512"]);
        for i in 0..8000 {
            env.drop_file(&format!("a{i:05}.txt"), &article(i));
        }
        env.wait_lines(&mut d, 8000, 90);
        assert!(d.stop(30).success());

        // Dropped while stopped: the backlog.
        for i in 8000..10_000 {
            env.drop_file(&format!("a{i:05}.txt"), &article(i));
        }
        let mut d = env.start(&[]);
        env.wait_lines(&mut d, 10_000, 60);
        // Let a rescan pass: nothing more may appear.
        std::thread::sleep(std::time::Duration::from_millis(1200));
        let log = d.log_text();
        assert!(d.stop(30).success(), "{log}");

        let recs = env.records();
        assert_eq!(recs.len(), 10_000);
        let names = by_name(&recs);
        assert_eq!(names.len(), 10_000);
        assert!(names.values().all(|&n| n == 1));
        for i in [0usize, 4321, 7999, 8000, 9999] {
            assert_eq!(names.get(&format!("a{i:05}.txt")), Some(&1), "a{i:05}.txt");
        }
        assert_eq!(
            std::fs::read_dir(&env.inbox).unwrap().count(),
            0,
            "inbox drained"
        );
        assert_eq!(std::fs::read_dir(&env.done).unwrap().count(), 10_000);
        assert!(recs.iter().all(|r| r["error"].is_null()));
    });
}
