//! The interpreter runs: output, exit codes, argv, env, stdin, host calls.

use crate::common::{python, run_with};
use pywasm_runtime::{HostHandler, Stdin};

#[test]
fn prints_and_exits_zero() {
    let out = python("print('hello', 6 * 7)");
    assert_eq!(out.result, Ok(0), "stderr: {}", out.stderr);
    assert_eq!(out.stdout, "hello 42\n");
}

#[test]
fn exit_codes_follow_cpython() {
    assert_eq!(python("import sys; sys.exit(3)").result, Ok(3));
    let out = python("raise ValueError('boom')");
    assert_eq!(out.result, Ok(1));
    assert!(out.stderr.contains("ValueError: boom"), "{}", out.stderr);
}

#[test]
fn argv_env_and_stdin_are_explicit() {
    let out = run_with(&["-c", "import sys, os; print(sys.argv[1:], os.getenv('A'), os.getenv('HOME'), sys.stdin.read())", "x", "y"], |o| {
        o.env = vec![("A".into(), "1".into())];
        o.stdin = Stdin::Bytes(b"piped".to_vec());
    });
    assert_eq!(out.result, Ok(0), "{}", out.stderr);
    assert_eq!(out.stdout, "['x', 'y'] 1 None piped\n");
}

struct Echo;
impl HostHandler for Echo {
    fn call(&mut self, request: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(request).unwrap();
        serde_json::json!({"ok": {"echo": v["args"], "name": v["call"]}}).to_string()
    }
}

#[test]
fn host_calls_reach_the_handler() {
    let code =
        "import _pywasm as pywasm, json\nprint(pywasm.host_call('echo', json.dumps([1, 'a'])))";
    let out = run_with(&["-c", code], |o| o.host = Box::new(Echo));
    assert_eq!(out.result, Ok(0), "{}", out.stderr);
    assert!(out.stdout.contains("echo"), "{}", out.stdout);
    let missing = python("import _pywasm as pywasm\nprint(pywasm.host_call('nope', 'null'))");
    assert!(
        format!("{}{}", missing.stdout, missing.stderr).contains("no host handler for 'nope'"),
        "{} {}",
        missing.stdout,
        missing.stderr
    );
}

#[test]
fn deep_recursion_is_a_python_recursion_error() {
    let out = python(
        "def f(n): return f(n + 1)\ntry:\n  f(0)\nexcept RecursionError:\n  print('caught')",
    );
    assert_eq!(out.result, Ok(0), "{}", out.stderr);
    assert_eq!(out.stdout, "caught\n");
}

#[test]
fn an_output_error_reaches_the_guest_as_oserror() {
    // A reader that went away: the sink answers EPIPE (WASI errno 64).
    let out = run_with(&["-c", "import sys\ntry:\n  sys.stdout.write('x' * 10000)\nexcept OSError as e:\n  sys.stderr.write('OSError %d\\n' % e.errno)"], |o| {
        o.stdout = Box::new(|_| Err(64));
    });
    assert_eq!(out.result, Ok(0), "{}", out.stderr);
    assert!(out.stderr.starts_with("OSError "), "{}", out.stderr);
}
