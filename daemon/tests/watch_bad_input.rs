//! Bad input never stops the daemon: each kind gets an error record and is
//! moved to failed/ with NAME.error.json beside it.

mod common;
use common::*;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

/// As root, file permissions do not stop reads; dropping the DAC override
/// capabilities from the daemon's bounding set makes them count again.
fn drop_dac_caps(cmd: &mut std::process::Command) {
    if unsafe { libc::geteuid() } == 0 {
        unsafe {
            cmd.pre_exec(|| {
                // CAP_DAC_OVERRIDE = 1, CAP_DAC_READ_SEARCH = 2.
                for cap in [1, 2] {
                    if libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                Ok(())
            });
        }
    }
}

fn error_kind(v: &serde_json::Value) -> Option<&str> {
    v["error"]["kind"].as_str()
}

#[test]
fn every_kind_of_bad_input_is_an_error_record_in_failed() {
    with_timeout(60, || {
        let mut env = Env::new();
        let inbox = env.inbox.clone();
        // Outside the inbox: a symlink must never lead here.
        let secret = env.path().join("secret.txt");
        std::fs::write(&secret, "Secret headline\n\nSECRET BODY\n").unwrap();

        std::fs::write(inbox.join("empty.txt"), b"").unwrap();
        std::fs::write(inbox.join("blank.txt"), b"  \n\n\t \n").unwrap();
        std::fs::write(inbox.join("binary.txt"), b"GIF89a\x00\x01\x02 data").unwrap();
        std::fs::write(
            inbox.join("latin.txt"),
            b"Caf\xe9 headline\n\nNa\xefve body text.\n",
        )
        .unwrap();
        // 1 GiB, sparse: must be refused from its size, not read.
        let big = std::fs::File::create(inbox.join("big.txt")).unwrap();
        big.set_len(1 << 30).unwrap();
        drop(big);
        std::fs::create_dir(inbox.join("folder.txt")).unwrap();
        std::fs::write(inbox.join("folder.txt/inner.txt"), "x").unwrap();
        // An ordinary sub-directory is not an input: left alone.
        std::fs::create_dir(inbox.join("archive")).unwrap();
        let fifo =
            std::ffi::CString::new(inbox.join("pipe.txt").as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
        std::os::unix::fs::symlink(&secret, inbox.join("link.txt")).unwrap();
        std::fs::write(inbox.join("locked.txt"), "Locked\n\nbody\n").unwrap();
        std::fs::set_permissions(
            inbox.join("locked.txt"),
            std::fs::Permissions::from_mode(0o000),
        )
        .unwrap();
        // Unreadable at first, readable before the retries run out.
        std::fs::write(
            inbox.join("later.txt"),
            "Later headline\n\nReadable in the end.\n",
        )
        .unwrap();
        std::fs::set_permissions(
            inbox.join("later.txt"),
            std::fs::Permissions::from_mode(0o000),
        )
        .unwrap();
        std::fs::write(inbox.join("good.txt"), "Good headline\n\nA fine body.\n").unwrap();

        let args = env.args(&[
            "--max-bytes",
            "64KiB",
            "--retries",
            "4",
            "--retry-ms",
            "100",
        ]);
        let mut d = env.spawn(&args, drop_dac_caps);
        let t0 = Instant::now();
        // later.txt becomes readable after its first failed attempt.
        wait_until(10, "a retry of later.txt", || {
            d.log_text().contains("later.txt") && d.log_text().contains("will retry")
        });
        std::fs::set_permissions(
            inbox.join("later.txt"),
            std::fs::Permissions::from_mode(0o644),
        )
        .unwrap();
        env.wait_lines(&mut d, 11, 20);
        eprintln!("11 records after {:?}", t0.elapsed());

        // Still alive and working after all that.
        env.drop_file("after.txt", b"After headline\n\nStill working.\n");
        env.wait_lines(&mut d, 12, 10);
        assert!(d.alive());
        // It never read the 1 GiB file (rchar counts every byte read).
        let io = std::fs::read_to_string(format!("/proc/{}/io", d.pid())).unwrap_or_default();
        if let Some(rchar) = io.lines().find_map(|l| l.strip_prefix("rchar: ")) {
            let rchar: u64 = rchar.trim().parse().unwrap();
            assert!(
                rchar < 64 << 20,
                "read {rchar} bytes: the big file was read"
            );
        }
        std::thread::sleep(Duration::from_millis(300));
        assert!(d.stop(20).success());

        let recs = env.records();
        let get = |name: &str| {
            recs.iter()
                .find(|r| {
                    r["source"]["path"]
                        .as_str()
                        .unwrap()
                        .ends_with(&format!("/{name}"))
                })
                .unwrap_or_else(|| panic!("no record for {name}: {recs:#?}"))
        };
        let expect_failed = [
            ("empty.txt", "empty"),
            ("blank.txt", "empty"),
            ("binary.txt", "not_text"),
            ("big.txt", "too_large"),
            ("folder.txt", "not_a_file"),
            ("pipe.txt", "not_a_file"),
            ("link.txt", "symlink"),
            ("locked.txt", "unreadable"),
        ];
        for (name, kind) in expect_failed {
            let r = get(name);
            assert_eq!(error_kind(r), Some(kind), "{name}: {r}");
            assert_eq!(r["schema"], 1);
            assert!(r["ingested_at"].is_string());
            assert!(
                !inbox.join(name).exists() && std::fs::symlink_metadata(inbox.join(name)).is_err(),
                "{name} left the inbox"
            );
            assert!(
                std::fs::symlink_metadata(env.failed.join(name)).is_ok(),
                "{name} in failed/"
            );
            let ej = env.failed.join(format!("{name}.error.json"));
            let e: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&ej).unwrap()).unwrap();
            assert_eq!(e["error"]["kind"], kind, "{}", ej.display());
        }
        assert_eq!(get("big.txt")["source"]["bytes"], 1u64 << 30);
        assert!(
            get("locked.txt")["error"]["message"]
                .as_str()
                .unwrap()
                .contains("attempts")
        );
        // The symlink's target was neither read nor moved.
        assert!(secret.exists());
        assert!(
            !std::fs::read_to_string(&env.out)
                .unwrap()
                .contains("SECRET BODY")
        );
        // Windows-1252 is decoded with a warning, and is a good record.
        let latin = get("latin.txt");
        assert!(latin["error"].is_null());
        assert!(latin.to_string().contains("Café headline"), "{latin}");
        assert!(
            latin["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w == "decoded as windows-1252")
        );
        assert!(env.done.join("latin.txt").exists());
        for name in ["good.txt", "later.txt", "after.txt"] {
            assert!(get(name)["error"].is_null(), "{name}");
            assert!(env.done.join(name).exists(), "{name} in done/");
        }
        assert_eq!(recs.len(), 12, "one record each");
        assert!(inbox.join("archive").is_dir());
    });
}
