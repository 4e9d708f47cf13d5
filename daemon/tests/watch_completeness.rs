//! A file is read only once it is complete.

mod common;
use common::*;

use std::io::Write;
use std::time::Duration;

/// Written in 10 chunks over 2 s by one writer that keeps the file open: one
/// record, of the whole file.
#[test]
fn file_written_in_ten_chunks_over_two_seconds_gives_one_record() {
    with_timeout(60, || {
        let mut env = Env::new();
        // Settle (400 ms) is longer than the gaps between chunks (200 ms):
        // the close-after-write event, not a pause, ends the file.
        let mut d = env.start(&["--settle", "400"]);
        std::thread::sleep(Duration::from_millis(300));
        let mut f = std::fs::File::create(env.inbox.join("slow.txt")).unwrap();
        let mut whole = Vec::new();
        for i in 0..10 {
            let chunk = if i == 0 {
                "Slow headline\n\n".to_string()
            } else {
                format!("Paragraph {i} arrives slowly.\n\n")
            };
            f.write_all(chunk.as_bytes()).unwrap();
            f.flush().unwrap();
            whole.extend_from_slice(chunk.as_bytes());
            std::thread::sleep(Duration::from_millis(200));
        }
        drop(f);
        env.wait_lines(&mut d, 1, 20);
        std::thread::sleep(Duration::from_millis(1200));
        assert!(d.stop(20).success());
        let recs = env.records();
        assert_eq!(recs.len(), 1, "{recs:#?}");
        assert_eq!(recs[0]["source"]["bytes"], whole.len());
        // The record is of the whole file: its first and last chunks both reach it.
        let rec = recs[0].to_string();
        assert!(rec.contains("Slow headline"), "{rec}");
        assert!(rec.contains("Paragraph 9 arrives slowly."), "{rec}");
    });
}

/// Written as `.tmp` (slowly, well past the settle time), then renamed:
/// one record under the final name; the `.tmp` is never parsed.
#[test]
fn tmp_then_rename_gives_one_record_and_tmp_is_never_parsed() {
    with_timeout(60, || {
        let mut env = Env::new();
        let mut d = env.start(&["--settle", "100"]);
        std::thread::sleep(Duration::from_millis(300));
        for name in [
            "story.txt.tmp",
            "other.part",
            ".hidden.txt",
            "dl.crdownload",
            "edit.txt~",
        ] {
            let mut f = std::fs::File::create(env.inbox.join(name)).unwrap();
            f.write_all(b"Temp headline\n\nHalf a body").unwrap();
            f.flush().unwrap();
        }
        // Far longer than --settle: temporary names must still be ignored.
        std::thread::sleep(Duration::from_millis(1500));
        assert_eq!(count_lines(&env.out), 0, "a temporary file was parsed");
        {
            let mut f = std::fs::OpenOptions::new()
                .append(true)
                .open(env.inbox.join("story.txt.tmp"))
                .unwrap();
            f.write_all(b" and the rest of it.\n").unwrap();
        }
        std::fs::rename(env.inbox.join("story.txt.tmp"), env.inbox.join("story.txt")).unwrap();
        env.wait_lines(&mut d, 1, 20);
        // A rescan passes: the other temporary files stay ignored.
        std::thread::sleep(Duration::from_millis(1300));
        assert!(d.stop(20).success());
        let recs = env.records();
        assert_eq!(recs.len(), 1, "{recs:#?}");
        let path = recs[0]["source"]["path"].as_str().unwrap();
        assert!(path.ends_with("/story.txt"), "{path}");
        assert_eq!(recs[0]["body"][0], "Half a body and the rest of it.");
        for name in ["other.part", ".hidden.txt", "dl.crdownload", "edit.txt~"] {
            assert!(env.inbox.join(name).exists(), "{name} was touched");
        }
    });
}
