//! SIGTERM during a burst: intake stops, in-flight files finish, exit 0;
//! nothing is lost and nothing is duplicated across the restart.

mod common;
use common::*;

use std::time::Duration;

#[test]
fn sigterm_during_a_burst_exits_cleanly_and_loses_nothing() {
    with_timeout(90, || {
        let mut env = Env::new();
        let n = 3000;
        let tw = std::time::Instant::now();
        for i in 0..n {
            std::fs::write(env.stage.join(format!("s{i:05}.txt")), article(i)).unwrap();
        }
        eprintln!("staged in {:?}", tw.elapsed());
        let t0 = std::time::Instant::now();
        let mut d = env.start(&[]);
        std::thread::sleep(Duration::from_millis(200));
        let stage = env.stage.clone();
        let inbox = env.inbox.clone();
        let dropper = std::thread::spawn(move || {
            for i in 0..n {
                let name = format!("s{i:05}.txt");
                std::fs::rename(stage.join(&name), inbox.join(&name)).unwrap();
            }
        });
        env.wait_lines(&mut d, 300, 30);
        eprintln!("300 records after {:?}", t0.elapsed());
        let t = std::time::Instant::now();
        let status = d.stop(30);
        eprintln!("stopped in {:?}", t.elapsed());
        assert_eq!(status.code(), Some(0), "clean exit");
        dropper.join().unwrap();
        let first = env.records();
        assert!(
            first.len() < n,
            "the burst was interrupted (got all {n} already)"
        );
        // Every record's input left the inbox; every other input is still there.
        let left = std::fs::read_dir(&env.inbox).unwrap().count();
        assert_eq!(first.len() + left, n, "records + inbox == files");

        let t = std::time::Instant::now();
        let mut d = env.start(&[]);
        env.wait_lines(&mut d, n, 60);
        eprintln!("restart drained the rest in {:?}", t.elapsed());
        std::thread::sleep(Duration::from_millis(1200));
        assert!(d.stop(30).success());
        let recs = env.records();
        assert_eq!(recs.len(), n);
        let names = by_name(&recs);
        assert_eq!(names.len(), n);
        assert!(names.values().all(|&c| c == 1));
    });
}
