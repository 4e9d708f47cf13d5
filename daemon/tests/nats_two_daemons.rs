//! Two daemons on two inboxes (two ingest nodes) publishing to one stream:
//! the stream holds the sum, each file once.

mod common;
#[path = "common/nats.rs"]
mod nats;

use common::*;
use nats::*;

#[test]
fn two_daemons_on_two_inboxes_publish_the_sum_to_one_stream() {
    with_nats_timeout(120, || {
        let mut a = Env::new();
        let mut b = Env::new();
        let server = NatsServer::start(a.path());
        let url = server.url();
        let (na, nb) = (2500, 2500);
        let names_a = stage_articles(&a, "a", 0, na);
        let names_b = stage_articles(&b, "b", na, nb);
        let extra = [
            "--subject",
            "news.many",
            "--stream",
            "MANY",
            "--create-stream",
            "--stream-retention",
            "limits",
            "--stream-replicas",
            "1",
            "--workers",
            "1",
        ];
        // Both create the stream at once: one creates it, the other finds it.
        let mut da = a.spawn(&watch_args(&a, &url, &extra), |_| {});
        let mut db = b.spawn(&watch_args(&b, &url, &extra), |_| {});
        let (ta, tb) = (burst(&a, names_a), burst(&b, names_b));
        ta.join().unwrap();
        tb.join().unwrap();
        let have = wait_messages(&url, "MANY", (na + nb) as u64, 60);
        eprintln!("{have} messages stored");
        wait_until(30, "every input moved to done/", || {
            count_dir(&a.done) == na && count_dir(&b.done) == nb
        });
        for d in [&mut da, &mut db] {
            assert!(d.alive(), "daemon died; log:\n{}", d.log_text());
        }
        assert!(da.stop(30).success());
        assert!(db.stop(30).success());
        let stored = read_stream(&url, "news.many", "MANY");
        assert_exactly(&stored, na + nb);
        let from_a = stored
            .records
            .iter()
            .filter(|r| {
                r["source"]["path"].as_str().is_some_and(|p| {
                    p.starts_with(&a.inbox.canonicalize().unwrap().display().to_string())
                })
            })
            .count();
        assert_eq!(from_a, na, "records from the first node");
    });
}
