#![no_main]
//! Fuzz target `article`: see `tidings_tests::harness::check_article` for the invariants.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tidings_tests::harness::check_article(data));
