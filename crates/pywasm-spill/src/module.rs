//! What `spill` needs to know about a module: the functions, their
//! signatures, which ones an indirect call can reach, what each calls, and
//! where each section lies in the bytes. Decoding is wasmparser's; nothing
//! here is modified.

use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::ops::Range;
use wasmparser::{
    CompositeInnerType, ElementItems, ElementKind, FuncType, FunctionBody, KnownCustom, Name,
    Operator, Parser, Payload, TypeRef, WasmFeatures,
};

/// What a function defined in the module (not imported) calls.
pub struct Body {
    /// Targets of its direct calls.
    pub calls: Vec<u32>,
    /// Targets of tail calls: no locals live past them, so nothing to
    /// rewrite, but their reach is this function's.
    pub tail_calls: Vec<u32>,
    /// The signatures (type indices) of its indirect calls.
    pub indirect: Vec<u32>,
}

pub struct Module {
    /// Function signatures by type index; `None` for non-function types.
    pub types: Vec<Option<FuncType>>,
    /// Type index of every function, imports first.
    pub func_types: Vec<u32>,
    pub imported_funcs: u32,
    /// Functions placed in a table: what an indirect call can reach.
    pub table_funcs: Vec<u32>,
    pub bodies: Vec<Body>,
    /// Function indices by name, from the name section.
    pub names: HashMap<String, u32>,
    /// Global indices by name, from the name section.
    pub global_names: HashMap<String, u32>,
}

impl Module {
    pub fn parse(bytes: &[u8]) -> Result<Module> {
        let mut m = Module {
            types: Vec::new(),
            func_types: Vec::new(),
            imported_funcs: 0,
            table_funcs: Vec::new(),
            bodies: Vec::new(),
            names: HashMap::new(),
            global_names: HashMap::new(),
        };
        let mut parser = Parser::new(0);
        // The interpreter uses legacy exception handling; decode everything.
        parser.set_features(WasmFeatures::all());
        for payload in parser.parse_all(bytes) {
            match payload? {
                Payload::TypeSection(reader) => {
                    for group in reader {
                        for sub in group?.into_types() {
                            m.types.push(match sub.composite_type.inner {
                                CompositeInnerType::Func(f) => Some(f),
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        if let TypeRef::Func(ty) = import?.ty {
                            m.func_types.push(ty);
                            m.imported_funcs += 1;
                        }
                    }
                }
                Payload::FunctionSection(reader) => {
                    for ty in reader {
                        m.func_types.push(ty?);
                    }
                }
                Payload::ElementSection(reader) => {
                    for element in reader {
                        let element = element?;
                        if matches!(element.kind, ElementKind::Declared) {
                            continue;
                        }
                        match element.items {
                            ElementItems::Functions(funcs) => {
                                for f in funcs {
                                    m.table_funcs.push(f?);
                                }
                            }
                            ElementItems::Expressions(_, exprs) => {
                                for expr in exprs {
                                    for op in expr?.get_operators_reader() {
                                        if let Operator::RefFunc { function_index } = op? {
                                            m.table_funcs.push(function_index);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Payload::CodeSectionEntry(body) => m.bodies.push(parse_body(body)?),
                Payload::CustomSection(section) => {
                    if let KnownCustom::Name(reader) = section.as_known() {
                        for name in reader {
                            let (map, names) = match name? {
                                Name::Function(map) => (map, &mut m.names),
                                Name::Global(map) => (map, &mut m.global_names),
                                _ => continue,
                            };
                            for naming in map {
                                let naming = naming?;
                                names.insert(naming.name.to_string(), naming.index);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if m.func_types.len() != m.imported_funcs as usize + m.bodies.len() {
            bail!("function and code sections disagree");
        }
        Ok(m)
    }

    pub fn signature(&self, ty: u32) -> Result<&FuncType> {
        self.types
            .get(ty as usize)
            .and_then(Option::as_ref)
            .with_context(|| format!("type {ty} is not a function type"))
    }
}

fn parse_body(body: wasmparser::FunctionBody) -> Result<Body> {
    let mut out = Body {
        calls: Vec::new(),
        tail_calls: Vec::new(),
        indirect: Vec::new(),
    };
    for op in body.get_operators_reader()? {
        match op? {
            Operator::Call { function_index } => out.calls.push(function_index),
            Operator::ReturnCall { function_index } => out.tail_calls.push(function_index),
            Operator::CallIndirect { type_index, .. }
            | Operator::ReturnCallIndirect { type_index, .. } => out.indirect.push(type_index),
            Operator::CallRef { .. } | Operator::ReturnCallRef { .. } => {
                bail!("call_ref in the input: this tool expects a module without typed function references")
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The sections of a module as they lie in its bytes: id and whole extent
/// (header included), for copying them unchanged.
pub fn sections(bytes: &[u8]) -> Result<Vec<(u8, Range<usize>)>> {
    if bytes.len() < 8 || &bytes[..4] != b"\0asm" {
        bail!("not a wasm module");
    }
    let mut out = Vec::new();
    let mut pos = 8;
    while pos < bytes.len() {
        let id = bytes[pos];
        let (size, len) = read_leb(&bytes[pos + 1..])?;
        let end = pos + 1 + len + size as usize;
        if end > bytes.len() {
            bail!("section at {pos} runs past the end");
        }
        out.push((id, pos..end));
        pos = end;
    }
    Ok(out)
}

/// A whole section's contents, without its id and size.
pub fn section_content(section: &[u8]) -> Result<&[u8]> {
    let (_, size_len) = read_leb(&section[1..])?;
    Ok(&section[1 + size_len..])
}

/// A whole custom section's name and data.
pub fn custom_parts(section: &[u8]) -> Result<(&str, &[u8])> {
    let content = section_content(section)?;
    let (name_len, len) = read_leb(content)?;
    let start = len + name_len as usize;
    Ok((
        std::str::from_utf8(&content[len..start])?,
        &content[start..],
    ))
}

/// An unsigned LEB128 number and how many bytes it took.
pub fn read_leb(bytes: &[u8]) -> Result<(u32, usize)> {
    let mut value: u64 = 0;
    for (i, byte) in bytes.iter().take(5).enumerate() {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            return u32::try_from(value)
                .map(|v| (v, i + 1))
                .context("LEB128 number too large");
        }
    }
    bail!("bad LEB128 number")
}

/// The bodies of the functions the module defines, in order.
pub fn function_bodies(bytes: &[u8]) -> Result<Vec<FunctionBody<'_>>> {
    let mut parser = Parser::new(0);
    parser.set_features(WasmFeatures::all());
    let mut out = Vec::new();
    for payload in parser.parse_all(bytes) {
        if let Payload::CodeSectionEntry(body) = payload? {
            out.push(body);
        }
    }
    Ok(out)
}
