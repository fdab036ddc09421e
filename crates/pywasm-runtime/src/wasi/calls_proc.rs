//! Process-level imports: argv, environment, clocks, randomness, sleeping, exit.
use super::types::{errno, Errno};
use super::{ret, with};
use crate::state::{RunEnv, Stop};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use wasmer::FunctionEnvMut;

fn write_list(
    g: &super::Guest,
    list: &[Vec<u8>],
    mut ptrs: u32,
    mut buf: u32,
) -> Result<(), Errno> {
    for item in list {
        g.set_u32(ptrs, buf)?;
        g.write(buf, item)?;
        ptrs += 4;
        buf += item.len() as u32;
    }
    Ok(())
}

fn write_sizes(g: &super::Guest, list: &[Vec<u8>], count: u32, size: u32) -> Result<(), Errno> {
    g.set_u32(count, list.len() as u32)?;
    g.set_u32(size, list.iter().map(|b| b.len() as u32).sum())
}

pub fn args_get(mut ctx: FunctionEnvMut<RunEnv>, ptrs: u32, buf: u32) -> i32 {
    ret(with(&mut ctx, |env, g| write_list(g, &env.args, ptrs, buf)))
}
pub fn args_sizes_get(mut ctx: FunctionEnvMut<RunEnv>, count: u32, size: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        write_sizes(g, &env.args, count, size)
    }))
}
pub fn environ_get(mut ctx: FunctionEnvMut<RunEnv>, ptrs: u32, buf: u32) -> i32 {
    ret(with(&mut ctx, |env, g| write_list(g, &env.env, ptrs, buf)))
}
pub fn environ_sizes_get(mut ctx: FunctionEnvMut<RunEnv>, count: u32, size: u32) -> i32 {
    ret(with(&mut ctx, |env, g| {
        write_sizes(g, &env.env, count, size)
    }))
}

/// Nanoseconds on the given clock: 0 realtime, anything else monotonic.
fn now_ns(id: u32) -> u64 {
    if id == 0 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    } else {
        static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
        // Offset so the monotonic clock never reads 0 (some guests treat 0 as unset).
        START.get_or_init(Instant::now).elapsed().as_nanos() as u64 + 1_000_000_000
    }
}

pub fn clock_time_get(mut ctx: FunctionEnvMut<RunEnv>, id: u32, _precision: u64, out: u32) -> i32 {
    ret(with(&mut ctx, |_, g| g.set_u64(out, now_ns(id))))
}

pub fn random_get(mut ctx: FunctionEnvMut<RunEnv>, ptr: u32, len: u32) -> i32 {
    ret(with(&mut ctx, |_, g| {
        let mut buf = vec![0u8; len as usize];
        crate::random::fill(&mut buf).map_err(|_| errno::IO)?;
        g.write(ptr, &buf)
    }))
}

/// Only clock subscriptions are used (sleeping): wait until the earliest
/// deadline, in slices so a timeout or cancellation still ends the run,
/// then report every clock event as fired.
pub fn poll_oneoff(
    mut ctx: FunctionEnvMut<RunEnv>,
    input: u32,
    output: u32,
    count: u32,
    nevents: u32,
) -> Result<i32, Stop> {
    let wait = with(&mut ctx, |_, g| {
        let mut wait: Option<u64> = None;
        for i in 0..count {
            let sub = input + 48 * i;
            if g.u8(sub + 8)? != 0 {
                return Err(errno::NOTSUP);
            }
            let mut timeout = g.u64(sub + 24)?;
            if g.u16(sub + 40)? & 1 != 0 {
                timeout = timeout.saturating_sub(now_ns(g.u32(sub + 16)?));
            }
            wait = Some(wait.map_or(timeout, |w| w.min(timeout)));
        }
        Ok(wait)
    });
    let wait = match wait {
        Ok(w) => w,
        Err(e) => return Ok(e as i32),
    };
    if let Some(ns) = wait {
        let until = Instant::now() + Duration::from_nanos(ns);
        loop {
            ctx.data().check_stop()?;
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            std::thread::sleep(left.min(Duration::from_millis(20)));
        }
    }
    Ok(ret(with(&mut ctx, |_, g| {
        for i in 0..count {
            let (sub, ev) = (input + 48 * i, output + 32 * i);
            g.set_u64(ev, g.u64(sub)?)?;
            g.set_u16(ev + 8, 0)?;
            g.set_u8(ev + 10, 0)?;
        }
        g.set_u32(nevents, count)
    })))
}

pub fn proc_exit(_ctx: FunctionEnvMut<RunEnv>, code: i32) -> Result<(), Stop> {
    Err(Stop::Exit(code))
}
