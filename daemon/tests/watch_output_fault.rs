//! Output failures — disk full, read-only file system — stop the ledger
//! from advancing, make /healthz unhealthy, are retried, and lose nothing
//! (nor duplicate anything) once the output works again.
//!
//! Uses a tiny tmpfs (needs root and mount, as in CI). Without them the
//! test says so and falls back to a file-size rlimit (EFBIG instead of
//! ENOSPC/EROFS); it never passes silently.

mod common;
use common::*;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Result<Mount, String> {
        std::fs::create_dir_all(at).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(Mount(at.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    fn remount(&self, opts: &str) {
        let st = Command::new("mount")
            .args(["-o", &format!("remount,{opts}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(st.success(), "remount {opts}");
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn health(addr: &str) -> u16 {
    http_get(addr, "/healthz").map_or(0, |(c, _)| c)
}

fn inbox_count(env: &Env) -> usize {
    std::fs::read_dir(&env.inbox).unwrap().count()
}

/// While the output fails: nothing is moved without its record.
fn assert_stuck(env: &Env, total: usize) {
    let lines = count_lines(&env.out);
    let left = inbox_count(env);
    assert_eq!(
        lines + left,
        total,
        "records + inputs left == files dropped"
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(count_lines(&env.out), lines, "output grew while failing");
    assert_eq!(
        inbox_count(env),
        left,
        "inputs moved while the output fails"
    );
}

/// Polls /healthz until it answers 200 (true), the daemon exits, or
/// `secs` pass (false).
fn metrics_up(d: &mut Daemon, addr: &str, secs: u64) -> bool {
    let t0 = std::time::Instant::now();
    while t0.elapsed() < Duration::from_secs(secs) {
        if health(addr) == 200 {
            return true;
        }
        if !d.alive() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn big_article(i: usize) -> Vec<u8> {
    let mut a = article(i);
    a.extend(format!("{}\n", "Padding sentence for size. ".repeat(40)).as_bytes());
    a
}

#[test]
fn disk_full_and_read_only_output_lose_nothing() {
    with_timeout(90, || run(false));
}

/// The same with a file-size rlimit (EFBIG), the fallback's path, always.
#[test]
fn file_size_limit_on_the_output_loses_nothing() {
    with_timeout(90, || run(true));
}

fn run(force_rlimit: bool) {
    {
        let mut env = Env::new();
        let outfs = env.path().join("outfs");
        let mount = if force_rlimit {
            Err("rlimit variant of the test".to_owned())
        } else {
            Mount::tmpfs(&outfs, "64k")
        };
        let out = outfs.join("records.jsonl");
        env.out = out.clone();
        if mount.is_err() {
            std::fs::create_dir_all(&outfs).unwrap();
        }
        // The metrics port comes from `free_addr` (bind to port 0, then
        // release), so another socket can take it before the daemon binds
        // it; the daemon then exits with `cannot listen`, and the test tries
        // a new port. Any other failure to come up shows the daemon's log.
        let mut attempt = 0;
        let (addr, args, mut d, fallback) = loop {
            attempt += 1;
            let addr = free_addr();
            let args = env.args(&["--out", out.to_str().unwrap(), "--metrics", &addr]);
            let (mut d, fallback) = match &mount {
                Ok(_) => (env.spawn(&args, |_| {}), false),
                Err(why) => {
                    eprintln!(
                        "FALLBACK: cannot mount a tmpfs ({}); testing output failures with RLIMIT_FSIZE (EFBIG) instead",
                        why.trim()
                    );
                    let d = env.spawn(&args, |cmd| unsafe {
                        cmd.pre_exec(|| {
                            let lim = libc::rlimit {
                                rlim_cur: 64 << 10,
                                rlim_max: libc::RLIM_INFINITY,
                            };
                            libc::setrlimit(libc::RLIMIT_FSIZE, &lim);
                            Ok(())
                        });
                    });
                    (d, true)
                }
            };
            if metrics_up(&mut d, &addr, 30) {
                break (addr, args, d, fallback);
            }
            let log = d.log_text();
            assert!(
                attempt < 3 && log.contains("cannot listen"),
                "metrics not up (attempt {attempt}); daemon log:\n{log}"
            );
        };

        // ~1.4 KB records into 64 KiB: the disk fills up part-way.
        let n1 = 120;
        for i in 0..n1 {
            env.drop_file(&format!("f{i:04}.txt"), &big_article(i));
        }
        wait_until(20, "unhealthy after the disk fills", || {
            health(&addr) == 503
        });
        let (_, body) = http_get(&addr, "/healthz").unwrap();
        eprintln!("healthz while full: {}", body.trim());
        assert!(body.contains("output"), "{body}");
        assert!(
            body.contains(if fallback { "too large" } else { "No space" }),
            "{body}"
        );
        assert!(count_lines(&env.out) < n1);
        assert_stuck(&env, n1);
        let (_, metrics) = http_get(&addr, "/metrics").unwrap();
        assert!(metrics.contains("tidings_healthy 0"));

        // Space returns.
        if fallback {
            let lim = libc::rlimit {
                rlim_cur: libc::RLIM_INFINITY,
                rlim_max: libc::RLIM_INFINITY,
            };
            let rc =
                unsafe { libc::prlimit(d.pid(), libc::RLIMIT_FSIZE, &lim, std::ptr::null_mut()) };
            assert_eq!(rc, 0);
        } else {
            mount.as_ref().unwrap().remount("size=16m");
        }
        env.wait_lines(&mut d, n1, 30);
        wait_until(10, "healthy again", || health(&addr) == 200);

        if let Ok(m) = &mount {
            // Read-only output. A file system with a file open for writing
            // cannot be remounted read-only, so the daemon is restarted on
            // it: it must come up unhealthy, keep every input, and go on
            // once the output is writable again.
            assert!(d.stop(30).success());
            m.remount("ro");
            let n2 = 20;
            for i in n1..n1 + n2 {
                env.drop_file(&format!("f{i:04}.txt"), &big_article(i));
            }
            d = env.spawn(&args, |_| {});
            wait_until(20, "unhealthy on a read-only output", || {
                health(&addr) == 503
            });
            let (_, body) = http_get(&addr, "/healthz").unwrap();
            eprintln!("healthz while read-only: {}", body.trim());
            assert!(body.contains("Read-only"), "{body}");
            assert_stuck(&env, n1 + n2);
            m.remount("rw");
            env.wait_lines(&mut d, n1 + n2, 30);
            wait_until(10, "healthy again", || health(&addr) == 200);
        } else {
            eprintln!("FALLBACK: read-only output not tested (needs a remountable tmpfs)");
        }
        std::thread::sleep(Duration::from_millis(300));
        assert!(d.stop(30).success());
        let recs = env.records();
        let names = by_name(&recs);
        let total = if fallback { n1 } else { n1 + 20 };
        assert_eq!(recs.len(), total);
        assert_eq!(names.len(), total);
        assert_eq!(inbox_count(&env), 0);
        drop(mount);
    }
}
