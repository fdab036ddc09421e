//! Writing the module back with the unreachable calls disguised: every
//! section is copied byte for byte except the code section (calls
//! rewritten) and the element section (one declarative segment added, which
//! `ref.func` requires). Custom sections that hold code offsets (DWARF) would
//! be stale and are dropped; the build strips them anyway.

use crate::module::{custom_parts, read_leb, section_content, sections, Module};
use anyhow::{bail, Result};

const SECTION_CUSTOM: u8 = 0;
const SECTION_ELEMENT: u8 = 9;
const SECTION_DATA_COUNT: u8 = 12;
const SECTION_CODE: u8 = 10;
const OP_REF_FUNC: u8 = 0xd2;
const OP_CALL_REF: u8 = 0x14;
/// Element segment flags 3: declarative, an element kind, function indices.
const SEGMENT_DECLARATIVE_FUNCS: u8 = 3;
const ELEMKIND_FUNCREF: u8 = 0;

pub struct Stats {
    pub direct_calls: usize,
    pub hidden: usize,
}

pub fn hide_calls(bytes: &[u8], module: &Module, reaches: &[bool]) -> Result<(Vec<u8>, Stats)> {
    let mut stats = Stats {
        direct_calls: 0,
        hidden: 0,
    };
    let mut declared = Vec::new();
    let mut code = Vec::new();
    write_leb(&mut code, module.bodies.len() as u32);
    for body in &module.bodies {
        let mut out = Vec::with_capacity(body.bytes.len());
        let mut copied = body.bytes.start;
        for call in &body.calls {
            stats.direct_calls += 1;
            if reaches[call.target as usize] {
                continue;
            }
            stats.hidden += 1;
            if !declared.contains(&call.target) {
                declared.push(call.target);
            }
            out.extend_from_slice(&bytes[copied..call.at.start]);
            out.push(OP_REF_FUNC);
            write_leb(&mut out, call.target);
            out.push(OP_CALL_REF);
            write_leb(&mut out, module.func_types[call.target as usize]);
            copied = call.at.end;
        }
        out.extend_from_slice(&bytes[copied..body.bytes.end]);
        write_leb(&mut code, out.len() as u32);
        code.extend_from_slice(&out);
    }
    declared.sort_unstable();

    let mut segment = vec![SEGMENT_DECLARATIVE_FUNCS, ELEMKIND_FUNCREF];
    write_leb(&mut segment, declared.len() as u32);
    for f in &declared {
        write_leb(&mut segment, *f);
    }

    let mut out = bytes[..8].to_vec();
    let mut wrote_elements = false;
    for (id, range) in sections(bytes)? {
        let section = &bytes[range];
        if !wrote_elements && (id == SECTION_DATA_COUNT || id == SECTION_CODE) {
            // No element section before the code: this one is the first.
            let mut content = vec![1];
            content.extend_from_slice(&segment);
            write_section(&mut out, SECTION_ELEMENT, &content);
            wrote_elements = true;
        }
        match id {
            SECTION_ELEMENT => {
                let old = section_content(section)?;
                let (count, count_len) = read_leb(old)?;
                let mut content = Vec::new();
                write_leb(&mut content, count + 1);
                content.extend_from_slice(&old[count_len..]);
                content.extend_from_slice(&segment);
                write_section(&mut out, SECTION_ELEMENT, &content);
                wrote_elements = true;
            }
            SECTION_CODE => write_section(&mut out, SECTION_CODE, &code),
            SECTION_CUSTOM if custom_parts(section)?.0.starts_with(".debug") => {}
            _ => out.extend_from_slice(section),
        }
    }
    if !wrote_elements {
        bail!("the module has no code section");
    }
    Ok((out, stats))
}

pub fn without_custom_section(bytes: &[u8], name: &str) -> Result<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    for (id, range) in sections(bytes)? {
        let section = &bytes[range];
        if !(id == SECTION_CUSTOM && custom_parts(section)?.0 == name) {
            out.extend_from_slice(section);
        }
    }
    Ok(out)
}

pub fn append_custom_section(module: &mut Vec<u8>, name: &str, data: &[u8]) {
    let mut content = Vec::new();
    write_leb(&mut content, name.len() as u32);
    content.extend_from_slice(name.as_bytes());
    content.extend_from_slice(data);
    write_section(module, SECTION_CUSTOM, &content);
}

pub(crate) fn write_section(out: &mut Vec<u8>, id: u8, content: &[u8]) {
    out.push(id);
    write_leb(out, content.len() as u32);
    out.extend_from_slice(content);
}

pub(crate) fn write_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
