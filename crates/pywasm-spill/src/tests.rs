//! `hide` on a small hand-assembled module: what reaches the collector,
//! which calls are disguised, and that the result is a valid module.

use crate::rewrite::{write_leb as leb, write_section as section};
use crate::{callgraph, module::Module, rewrite};
use wasmparser::{Parser, Payload, Validator, WasmFeatures};

fn vec_of(items: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    leb(&mut out, items.len() as u32);
    items.iter().for_each(|i| out.extend_from_slice(i));
    out
}

const CALL: u8 = 0x10;
const CALL_INDIRECT: u8 = 0x11;
const I32_CONST: u8 = 0x41;
const END: u8 = 0x0b;

/// Type 0: () -> (); type 1: (i32) -> ().
/// Functions, all of type 0 but `other_sig` (type 1):
///   0 gc_collect   (root)
///   1 alloc        calls gc_collect
///   2 leaf         calls nothing
///   3 caller       calls leaf, then alloc
///   4 dispatch     call_indirect of type 0 (the table holds alloc)
///   5 tidy         calls leaf
///   6 other_sig    call_indirect of type 1 (no table function has it)
fn sample() -> Vec<u8> {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    section(
        &mut m,
        1,
        &vec_of(&[vec![0x60, 0, 0], vec![0x60, 1, 0x7f, 0]]),
    );
    section(
        &mut m,
        3,
        &vec_of(&[
            vec![0],
            vec![0],
            vec![0],
            vec![0],
            vec![0],
            vec![0],
            vec![1],
        ]),
    );
    section(&mut m, 4, &vec_of(&[vec![0x70, 0, 1]]));
    // Active segment for table 0 at offset 0: [alloc].
    section(&mut m, 9, &vec_of(&[vec![0, I32_CONST, 0, END, 1, 1]]));
    let body = |code: &[u8]| {
        let mut b = vec![0]; // no locals
        b.extend_from_slice(code);
        b.push(END);
        let mut out = Vec::new();
        leb(&mut out, b.len() as u32);
        out.extend_from_slice(&b);
        out
    };
    section(
        &mut m,
        10,
        &vec_of(&[
            body(&[]),
            body(&[CALL, 0]),
            body(&[]),
            body(&[CALL, 2, CALL, 1]),
            body(&[I32_CONST, 0, CALL_INDIRECT, 0, 0]),
            body(&[CALL, 2]),
            body(&[I32_CONST, 7, I32_CONST, 0, CALL_INDIRECT, 1, 0]),
        ]),
    );
    let names = [
        "gc_collect",
        "alloc",
        "leaf",
        "caller",
        "dispatch",
        "tidy",
        "other_sig",
    ];
    let mut names_map = Vec::new();
    leb(&mut names_map, names.len() as u32);
    for (i, n) in names.iter().enumerate() {
        leb(&mut names_map, i as u32);
        leb(&mut names_map, n.len() as u32);
        names_map.extend_from_slice(n.as_bytes());
    }
    let mut name_section = vec![4];
    name_section.extend_from_slice(b"name");
    section(&mut name_section, 1, &names_map);
    section(&mut m, 0, &name_section);
    m
}

#[test]
fn finds_what_reaches_the_collector() {
    let bytes = sample();
    let module = Module::parse(&bytes).unwrap();
    let reaches = callgraph::reaching(&module, &["gc_collect"]).unwrap();
    assert_eq!(reaches, [true, true, false, true, true, false, false]);
}

#[test]
fn disguises_only_calls_that_cannot_reach_it() {
    let bytes = sample();
    let module = Module::parse(&bytes).unwrap();
    let reaches = callgraph::reaching(&module, &["gc_collect"]).unwrap();
    let (out, stats) = rewrite::hide_calls(&bytes, &module, &reaches).unwrap();
    assert_eq!((stats.direct_calls, stats.hidden), (4, 2));

    // Valid with typed function references, which call_ref needs.
    Validator::new_with_features(WasmFeatures::all())
        .validate_all(&out)
        .unwrap();

    let mut bodies = Vec::new();
    let mut declared = Vec::new();
    for payload in Parser::new(0).parse_all(&out) {
        match payload.unwrap() {
            Payload::CodeSectionEntry(body) => {
                let ops: Vec<String> = body
                    .get_operators_reader()
                    .unwrap()
                    .into_iter()
                    .map(|op| format!("{:?}", op.unwrap()))
                    .collect();
                bodies.push(ops.join("; "));
            }
            Payload::ElementSection(reader) => {
                for element in reader {
                    let element = element.unwrap();
                    if matches!(element.kind, wasmparser::ElementKind::Declared) {
                        if let wasmparser::ElementItems::Functions(funcs) = element.items {
                            declared = funcs.into_iter().map(Result::unwrap).collect();
                        }
                    }
                }
            }
            _ => {}
        }
    }
    assert_eq!(
        bodies[3],
        "RefFunc { function_index: 2 }; CallRef { type_index: 0 }; Call { function_index: 1 }; End"
    );
    assert_eq!(
        bodies[5],
        "RefFunc { function_index: 2 }; CallRef { type_index: 0 }; End"
    );
    assert_eq!(bodies[1], "Call { function_index: 0 }; End");
    assert_eq!(declared, [2]);
}

#[test]
fn restores_a_feature_list() {
    let mut bytes = sample();
    rewrite::append_custom_section(&mut bytes, "target_features", b"\x01+\x08sign-ext");
    let stripped = rewrite::without_custom_section(&bytes, "target_features").unwrap();
    assert_eq!(stripped, sample());
    assert_eq!(
        crate::module::custom_section(&bytes, "target_features")
            .unwrap()
            .as_deref(),
        Some(&b"\x01+\x08sign-ext"[..])
    );
}

#[test]
fn refuses_a_module_without_names() {
    let mut bytes = sample();
    bytes = rewrite::without_custom_section(&bytes, "name").unwrap();
    let module = Module::parse(&bytes).unwrap();
    let err = callgraph::reaching(&module, &["gc_collect"]).unwrap_err();
    assert!(err.to_string().contains("name section"), "{err}");
}
