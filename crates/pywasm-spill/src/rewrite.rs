//! Writing a module back with a new code section: every other section is
//! copied byte for byte, but DWARF (custom sections named `.debug*`), whose
//! offsets into the code would be stale; the build strips it anyway.

use crate::module::{custom_parts, sections};
use anyhow::Result;

const SECTION_CUSTOM: u8 = 0;
const SECTION_CODE: u8 = 10;

/// The module with its code section's contents replaced by `code`.
pub fn with_code_section(bytes: &[u8], code: &[u8]) -> Result<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    for (id, range) in sections(bytes)? {
        let section = &bytes[range];
        match id {
            SECTION_CODE => write_section(&mut out, SECTION_CODE, code),
            SECTION_CUSTOM if custom_parts(section)?.0.starts_with(".debug") => {}
            _ => out.extend_from_slice(section),
        }
    }
    Ok(out)
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
