//! Configuration layers, defaults, and start-up repair.

mod common;
use common::*;

use std::io::Write;
use std::process::Command;
use std::time::Duration;

/// `tidings watch inbox/` alone: records in ../tidings-out/records.jsonl,
/// inputs in ../tidings-out/done/.
#[test]
fn defaults_put_everything_beside_the_inbox() {
    with_timeout(30, || {
        let mut env = Env::new();
        env.drop_file("a.txt", b"Default headline\n\nBody.\n");
        let args = vec!["watch".to_string(), "inbox/".to_string()];
        let cwd = env.path().to_path_buf();
        let mut d = env.spawn(&args, |c| {
            c.current_dir(cwd);
        });
        let base = env.path().join("tidings-out");
        env.out = base.join("records.jsonl");
        env.wait_lines(&mut d, 1, 15);
        assert!(d.stop(20).success());
        assert!(base.join("done/a.txt").exists());
        assert!(base.join("state/ledger.json").exists());
        assert!(base.join("failed").is_dir());
    });
}

#[test]
fn config_file_and_environment_layers() {
    with_timeout(30, || {
        let env = Env::new();
        // Unknown key: refused with a clear message, exit 1, nothing started.
        let bad = env.path().join("bad.toml");
        std::fs::write(&bad, "inbox = \"inbox\"\nsetle = 100\n").unwrap();
        let out = Command::new(bin())
            .args(["watch", "--config"])
            .arg(&bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("unknown field") && err.contains("setle"),
            "{err}"
        );

        // Two output choices in one layer: refused.
        let out = Command::new(bin())
            .args(["watch", "x", "--out", "a", "--stdout"])
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0));

        // A config file (relative paths are relative to it) plus an env
        // variable that overrides one of its keys.
        let cfg = env.path().join("tidings.toml");
        let mut f = std::fs::File::create(&cfg).unwrap();
        writeln!(
            f,
            "inbox = \"inbox\"\nout = \"from-file.jsonl\"\nstate = \"st\"\ndone = \"d\"\nfailed = \"f\"\nsettle = 100\nmax-bytes = \"1KiB\"\ninclude = [\"*.txt\"]"
        )
        .unwrap();
        drop(f);
        std::fs::write(env.inbox.join("small.txt"), "Small\n\nbody\n").unwrap();
        std::fs::write(env.inbox.join("large.txt"), "x".repeat(5000)).unwrap();
        std::fs::write(env.inbox.join("skipped.html"), "Not included\n\nbody\n").unwrap();
        let env_out = env.path().join("from-env.jsonl");
        let child = Command::new(bin())
            .args(["watch", "--config"])
            .arg(&cfg)
            .env("TIDINGS_OUT", &env_out)
            .env("TIDINGS_LOG_FORMAT", "json")
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        wait_until(15, "two records", || count_lines(&env_out) >= 2);
        std::thread::sleep(Duration::from_millis(300));
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        // JSON logs.
        let logs = String::from_utf8_lossy(&out.stderr);
        let first = logs.lines().next().unwrap();
        let v: serde_json::Value =
            serde_json::from_str(first).unwrap_or_else(|e| panic!("{e}: {first}"));
        assert!(v["level"].is_string());
        assert!(
            !env.path().join("from-file.jsonl").exists(),
            "env overrides the file"
        );
        let recs = read_records(&env_out);
        assert_eq!(recs.len(), 2);
        let large = recs
            .iter()
            .find(|r| r["source"]["path"].as_str().unwrap().ends_with("large.txt"))
            .unwrap();
        assert_eq!(large["error"]["kind"], "too_large");
        assert!(env.path().join("d/small.txt").exists());
        assert!(env.path().join("f/large.txt.error.json").exists());
        assert!(env.path().join("st/ledger.json").exists());
        assert!(env.inbox.join("skipped.html").exists(), "--include filters");
    });
}

/// A torn last line (a crash mid-append) is cut at start, and the file it
/// belonged to is recorded once.
#[test]
fn torn_last_line_is_repaired_at_start() {
    with_timeout(30, || {
        let mut env = Env::new();
        let mut d = env.start(&[]);
        env.drop_file("one.txt", b"One\n\nFirst.\n");
        env.wait_lines(&mut d, 1, 10);
        assert!(d.stop(10).success());
        // Simulate a crash mid-append of the record for two.txt.
        env.drop_file("two.txt", b"Two\n\nSecond.\n");
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(&env.out)
            .unwrap();
        f.write_all(br#"{"schema":1,"id":"00","title":"Tw"#)
            .unwrap();
        drop(f);
        let mut d = env.start(&[]);
        env.wait_lines(&mut d, 2, 10);
        std::thread::sleep(Duration::from_millis(300));
        let log = d.log_text();
        assert!(d.stop(10).success());
        assert!(log.contains("truncated_bytes"), "{log}");
        let recs = env.records();
        assert_eq!(recs.len(), 2);
        assert_eq!(by_name(&recs).len(), 2);
    });
}

/// The window "record durable, ledger not updated": simulated by losing the
/// whole state dir while inputs are kept in the inbox. The restart finds the
/// records in the output and emits none twice; a changed file gets a new
/// record.
#[test]
fn records_already_in_the_output_are_not_emitted_again() {
    with_timeout(30, || {
        let mut env = Env::new();
        for i in 0..20 {
            env.drop_file(&format!("k{i}.txt"), &article(i));
        }
        let mut d = env.start(&["--keep"]);
        env.wait_lines(&mut d, 20, 15);
        assert!(d.stop(10).success());
        std::fs::remove_dir_all(&env.state).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        env.drop_file("k3.txt", b"Changed headline\n\nNew content.\n");
        let mut d = env.start(&["--keep"]);
        env.wait_lines(&mut d, 21, 15);
        // Rescans pass; still nothing new.
        std::thread::sleep(Duration::from_millis(2200));
        let log = d.log_text();
        assert!(d.stop(10).success());
        assert!(log.contains("adopted=20"), "{log}");
        let recs = env.records();
        assert_eq!(recs.len(), 21, "only the changed file again");
        assert_eq!(by_name(&recs)["k3.txt"], 2);
        assert_eq!(
            std::fs::read_dir(&env.inbox).unwrap().count(),
            20,
            "--keep keeps inputs"
        );
    });
}

/// `--poll` finds files without inotify.
#[test]
fn poll_mode_finds_files() {
    with_timeout(30, || {
        let mut env = Env::new();
        let mut d = env.start(&["--poll", "100", "--rescan", "60000"]);
        std::thread::sleep(Duration::from_millis(300));
        env.drop_file("p.txt", b"Polled\n\nbody\n");
        env.wait_lines(&mut d, 1, 10);
        assert!(d.stop(10).success());
    });
}

/// `--out-dir`: one record file per input; `--stdout`: records on stdout.
#[test]
fn out_dir_and_stdout_outputs() {
    with_timeout(30, || {
        let mut env = Env::new();
        let od = env.path().join("records");
        let od_s = od.display().to_string();
        let mut d = env.start(&["--out-dir", &od_s, "--delete"]);
        env.drop_file("x.txt", b"X\n\nbody\n");
        env.drop_file("y.txt", b"Y\n\nbody\n");
        wait_until(10, "two record files", || {
            std::fs::read_dir(&od).map_or(0, |r| r.count()) >= 2
                && !env.inbox.join("y.txt").exists()
        });
        assert!(d.alive());
        assert!(d.stop(10).success());
        let mut names: Vec<String> = std::fs::read_dir(&od)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(
            names[0].starts_with("x.txt.") && names[0].ends_with(".json"),
            "{names:?}"
        );
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(od.join(&names[0])).unwrap()).unwrap();
        assert!(
            v["source"]["path"].as_str().unwrap().ends_with("x.txt"),
            "{v}"
        );
        assert_eq!(v["schema"], 1);
        assert!(
            !env.done.exists() || std::fs::read_dir(&env.done).unwrap().count() == 0,
            "--delete"
        );
        assert_eq!(std::fs::read_dir(&env.inbox).unwrap().count(), 0);

        env.drop_file("z.txt", b"Z\n\nbody\n");
        let args = env.args(&["--stdout"]);
        let child = Command::new(bin())
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id() as i32;
        wait_until(10, "z.txt moved", || env.done.join("z.txt").exists());
        unsafe { libc::kill(pid, libc::SIGTERM) };
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
        assert!(
            v["source"]["path"].as_str().unwrap().ends_with("z.txt"),
            "{v}"
        );
    });
}

/// `--recursive`: files in sub-directories (also ones created later) are
/// inputs, and keep their relative path in done/.
#[test]
fn recursive_mode_walks_sub_directories() {
    with_timeout(30, || {
        let mut env = Env::new();
        std::fs::create_dir_all(env.inbox.join("a/b")).unwrap();
        std::fs::write(env.inbox.join("a/b/x.txt"), "X\n\nbody\n").unwrap();
        std::fs::write(env.inbox.join("y.txt"), "Y\n\nbody\n").unwrap();
        std::fs::create_dir_all(env.inbox.join(".hidden")).unwrap();
        std::fs::write(env.inbox.join(".hidden/h.txt"), "H\n\nbody\n").unwrap();
        let mut d = env.start(&["--recursive"]);
        env.wait_lines(&mut d, 2, 10);
        // A directory created while running, with a file inside.
        std::fs::create_dir_all(env.inbox.join("new")).unwrap();
        std::fs::write(env.stage.join("z.txt"), "Z\n\nbody\n").unwrap();
        std::fs::rename(env.stage.join("z.txt"), env.inbox.join("new/z.txt")).unwrap();
        env.wait_lines(&mut d, 3, 10);
        std::thread::sleep(Duration::from_millis(1200));
        assert!(d.stop(10).success());
        let recs = env.records();
        assert_eq!(recs.len(), 3, "{recs:#?}");
        assert!(env.done.join("a/b/x.txt").exists());
        assert!(env.done.join("new/z.txt").exists());
        assert!(
            env.inbox.join(".hidden/h.txt").exists(),
            "hidden directories are skipped"
        );
        let paths: Vec<&str> = recs
            .iter()
            .map(|r| r["source"]["path"].as_str().unwrap())
            .collect();
        assert!(
            paths.iter().any(|p| p.ends_with("/inbox/a/b/x.txt")),
            "{paths:?}"
        );
    });
}
