//! The `pywasm` import module: host calls (JSON in, JSON out) and the VM's
//! poll, where timeouts, cancellation and the memory cap stop the guest.
use crate::state::{RunEnv, Stop};
use crate::wasi::with;
use std::sync::atomic::Ordering;
use wasmer::{imports, Function, FunctionEnv, FunctionEnvMut, Imports, Store};

fn host_call(mut ctx: FunctionEnvMut<RunEnv>, ptr: u32, len: u32) -> Result<i32, Stop> {
    ctx.data().check_stop()?;
    let request = with(&mut ctx, |_, g| g.bytes(ptr, len));
    let env = ctx.data_mut();
    let response = match request.ok().and_then(|b| String::from_utf8(b).ok()) {
        None => malformed("the request is not readable UTF-8"),
        Some(text) => match serde_json::from_str::<serde_json::Value>(&text) {
            Err(e) => malformed(&e.to_string()),
            Ok(v) => match v.get("call").and_then(|c| c.as_str()) {
                None => malformed("no \"call\" name"),
                Some(_) => env.host.call(&text),
            },
        },
    };
    env.pending = response.into_bytes();
    // A handler may have blocked for long: the limits still apply.
    ctx.data().check_stop()?;
    Ok(ctx.data().pending.len() as i32)
}

fn malformed(why: &str) -> String {
    serde_json::json!({"error": {"type": "HostCallError", "message": format!("malformed host call: {why}")}}).to_string()
}

fn host_result(mut ctx: FunctionEnvMut<RunEnv>, ptr: u32, len: u32) -> i32 {
    let pending = std::mem::take(&mut ctx.data_mut().pending);
    let n = pending.len().min(len as usize);
    match with(&mut ctx, |_, g| g.write(ptr, &pending[..n])) {
        Ok(()) => n as i32,
        Err(_) => 0,
    }
}

fn poll(ctx: FunctionEnvMut<RunEnv>) -> Result<i32, Stop> {
    let env = ctx.data();
    env.check_stop()?;
    Ok(env.interrupt.swap(false, Ordering::Relaxed) as i32)
}

pub fn add_imports(store: &mut Store, env: &FunctionEnv<RunEnv>, imports: &mut Imports) {
    let host = imports! {
        "pywasm" => {
            "host_call" => Function::new_typed_with_env(store, env, host_call),
            "host_result" => Function::new_typed_with_env(store, env, host_result),
            "poll" => Function::new_typed_with_env(store, env, poll),
        }
    };
    imports.extend(&host);
}
