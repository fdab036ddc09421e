//! `spill` on small modules written as text: run on wasmer, a stand-in
//! `gc_collect` scans the C stack the way port/heap.c does, and records
//! whether it saw the value a caller still needs.

use crate::{callgraph, module::Module, spill_module};
use wasmer::{imports, Instance, Module as WasmModule, Store, TypedFunction};
use wasmparser::{Operator, Validator, WasmFeatures};

/// The shared part: memory, the stack pointer (the stack is [0, 4096)),
/// `$expect`, the value a test wants the collector to find, and `$seen`,
/// set when it does. `$alloc` stands for anything that may collect; `$leaf`
/// for a function that cannot.
const PRELUDE: &str = r#"
  (memory (export "memory") 1)
  (global $__stack_pointer (mut i32) (i32.const 4096))
  (global $expect (mut i32) (i32.const 0))
  (global $seen (mut i32) (i32.const 0))
  (func $gc_collect (local $p i32)
    (local.set $p (global.get $__stack_pointer))
    (block $done
      (loop $scan
        (br_if $done (i32.ge_u (local.get $p) (i32.const 4096)))
        (if (i32.eq (i32.load (local.get $p)) (global.get $expect))
          (then (global.set $seen (i32.add (global.get $seen) (i32.const 1)))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $scan))))
  (func $alloc (call $gc_collect))
  (func $leaf (result i32) (i32.const 0))
  (func (export "expect") (param i32) (global.set $expect (local.get 0)))
  (func (export "seen") (result i32) (global.get $seen))
  (func (export "sp") (result i32) (global.get $__stack_pointer))
"#;

fn module(functions: &str) -> Vec<u8> {
    wat::parse_str(format!("(module {PRELUDE} {functions})")).unwrap()
}

fn spilled(functions: &str) -> Vec<u8> {
    spilled_except(functions, &[])
}

fn spilled_except(functions: &str, left_alone: &[&str]) -> Vec<u8> {
    let (out, _) = spill_module(&module(functions), left_alone).unwrap();
    Validator::new_with_features(WasmFeatures::all())
        .validate_all(&out)
        .unwrap();
    out
}

struct Run {
    store: Store,
    instance: Instance,
}

impl Run {
    fn new(bytes: &[u8]) -> Run {
        let mut store = Store::default();
        let module = WasmModule::new(&store, bytes).unwrap();
        let instance = Instance::new(&mut store, &module, &imports! {}).unwrap();
        Run { store, instance }
    }
    fn func<A: wasmer::WasmTypeList, R: wasmer::WasmTypeList>(
        &mut self,
        name: &str,
    ) -> TypedFunction<A, R> {
        self.instance
            .exports
            .get_typed_function(&self.store, name)
            .unwrap()
    }
    fn call1(&mut self, name: &str, arg: i32) -> i32 {
        self.func::<i32, i32>(name)
            .call(&mut self.store, arg)
            .unwrap()
    }
    fn expect(&mut self, value: i32) {
        self.func::<i32, ()>("expect")
            .call(&mut self.store, value)
            .unwrap();
    }
    fn get(&mut self, name: &str) -> i32 {
        self.func::<(), i32>(name).call(&mut self.store).unwrap()
    }
}

/// How many `i32.store`s the function exported as `name` has.
fn stores_in(bytes: &[u8], name: &str) -> usize {
    let index = exported_function(bytes, name);
    let module = Module::parse(bytes).unwrap();
    let body =
        &crate::module::function_bodies(bytes).unwrap()[(index - module.imported_funcs) as usize];
    body.get_operators_reader()
        .unwrap()
        .into_iter()
        .filter(|op| matches!(op, Ok(Operator::I32Store { .. })))
        .count()
}

fn exported_function(bytes: &[u8], name: &str) -> u32 {
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        if let wasmparser::Payload::ExportSection(reader) = payload.unwrap() {
            for export in reader {
                let export = export.unwrap();
                if export.name == name {
                    return export.index;
                }
            }
        }
    }
    panic!("no export {name}")
}

const HOLDER: &str = r#"
  (func (export "holder") (param $obj i32) (result i32)
    (call $alloc)
    (local.get $obj))
"#;

#[test]
fn the_collector_sees_a_local_live_across_its_call() {
    // Without the pass the value lives only in a wasm local.
    let mut plain = Run::new(&module(HOLDER));
    plain.expect(0x1234_5678);
    assert_eq!(plain.call1("holder", 0x1234_5678), 0x1234_5678);
    assert_eq!(plain.get("seen"), 0);

    let mut run = Run::new(&spilled(HOLDER));
    run.expect(0x1234_5678);
    assert_eq!(run.call1("holder", 0x1234_5678), 0x1234_5678);
    assert_eq!(run.get("seen"), 1);
    assert_eq!(run.get("sp"), 4096, "the frame is popped on return");
}

#[test]
fn a_function_left_alone_gets_no_frame() {
    // the allocator's case: its locals are live across the collection but
    // never hold a reference to a heap object
    let source = r#"(func $allocator (export "allocator") (param $size i32) (result i32)
                      (call $alloc)
                      (local.get $size))"#;
    let out = spilled_except(source, &["allocator"]);
    assert_eq!(stores_in(&out, "allocator"), 0);
    let mut run = Run::new(&out);
    run.expect(0x1234_5678);
    assert_eq!(run.call1("allocator", 0x1234_5678), 0x1234_5678);
    assert_eq!(run.get("seen"), 0);
    assert_eq!(
        stores_in(&spilled(source), "allocator"),
        1,
        "spilled when not left alone"
    );
    let missing = spill_module(&module(source), &["no_such_function"]).unwrap_err();
    assert!(format!("{missing:#}").contains("no function named no_such_function"));
}

#[test]
fn a_local_dead_after_the_call_is_not_stored() {
    let out = spilled(
        r#"(func (export "f") (param $obj i32) (result i32)
             (drop (local.get $obj))
             (call $alloc)
             (i32.const 0))"#,
    );
    assert_eq!(stores_in(&out, "f"), 0);
    let mut run = Run::new(&out);
    run.expect(0x1234_5678);
    run.call1("f", 0x1234_5678);
    assert_eq!(run.get("seen"), 0);
}

#[test]
fn a_call_that_cannot_collect_stores_nothing() {
    let source = r#"(func (export "f") (param $obj i32) (result i32)
                      (drop (call $leaf))
                      (local.get $obj))"#;
    let original = module(source);
    let out = spilled(source);
    assert_eq!(stores_in(&out, "f"), 0);
    let index = exported_function(&out, "f") as usize;
    assert!(!callgraph::reaching(&Module::parse(&out).unwrap(), &["gc_collect"]).unwrap()[index]);
    assert_eq!(
        out.len(),
        original.len(),
        "the function is copied unchanged"
    );
}

#[test]
fn a_value_already_in_its_slot_is_not_stored_again() {
    // $obj is stored before the first call; the second finds it there.
    // $other changes between the calls and is stored before each.
    let source = r#"(func (export "f") (param $obj i32) (result i32) (local $other i32)
                      (local.set $other (i32.const 1))
                      (call $alloc)
                      (local.set $other (i32.add (local.get $other) (local.get $obj)))
                      (call $alloc)
                      (i32.add (local.get $obj) (local.get $other)))"#;
    let out = spilled(source);
    assert_eq!(stores_in(&out, "f"), 3);
    let mut run = Run::new(&out);
    run.expect(0x1234_5678);
    assert_eq!(run.call1("f", 0x1234_5678), 0x1234_5678 * 2 + 1);
    assert_eq!(run.get("seen"), 2, "seen at both calls");
}

#[test]
fn a_local_changed_in_a_loop_is_stored_with_its_current_value() {
    // Each turn sets $expect to the new value of $p and collects: the
    // collector must find that value, not the one of the turn before.
    let source = r#"(func (export "f") (param $n i32) (result i32) (local $p i32)
                      (local.set $p (i32.const 0x10000))
                      (loop $turn
                        (local.set $p (i32.add (local.get $p) (i32.const 16)))
                        (global.set $expect (local.get $p))
                        (call $alloc)
                        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                        (br_if $turn (i32.and (i32.ne (local.get $n) (i32.const 0))
                                              (i32.ne (local.get $p) (i32.const 0)))))
                      (local.get $p))"#;
    let mut run = Run::new(&spilled(source));
    assert_eq!(run.call1("f", 5), 0x10000 + 5 * 16);
    assert_eq!(run.get("seen"), 5);
}

#[test]
fn a_parameter_needed_at_many_calls_is_stored_once_at_entry() {
    let source = r#"(func (export "f") (param $obj i32) (param $k i32) (result i32)
                      (block $b3 (block $b2 (block $b1 (block $b0
                        (br_table $b0 $b1 $b2 $b3 (local.get $k)))
                        (call $alloc) (return (local.get $obj)))
                        (call $alloc) (return (i32.add (local.get $obj) (i32.const 1))))
                        (call $alloc) (return (i32.add (local.get $obj) (i32.const 2))))
                      (call $alloc)
                      (local.get $obj))"#;
    let out = spilled(source);
    assert_eq!(
        stores_in(&out, "f"),
        1,
        "one store in the prologue, not one per case"
    );
    let mut run = Run::new(&out);
    run.expect(0x2345_6780);
    for (k, plus) in [(0, 0), (1, 1), (2, 2), (3, 0)] {
        assert_eq!(run.call1_2("f", 0x2345_6780, k), 0x2345_6780 + plus);
    }
    assert_eq!(run.get("seen"), 4);
    assert_eq!(run.get("sp"), 4096, "every return pops the frame");
}

impl Run {
    fn call1_2(&mut self, name: &str, a: i32, b: i32) -> i32 {
        self.func::<(i32, i32), i32>(name)
            .call(&mut self.store, a, b)
            .unwrap()
    }
}

#[test]
fn a_local_a_handler_reads_is_stored_before_calls_in_the_try() {
    // Legacy exception handling, as the interpreter's setjmp lowering
    // writes it (wasmer runs only the newer encoding: checked by shape).
    let source = r#"(tag $t)
                    (func (export "f") (param $obj i32) (result i32)
                      try (result i32)
                        call $alloc
                        i32.const 0
                      catch $t
                        local.get $obj
                      end)"#;
    assert_eq!(stores_in(&spilled(source), "f"), 1);
}

#[test]
fn a_branch_to_the_function_label_pops_the_frame() {
    let source = r#"(func (export "f") (param $obj i32) (result i32)
                      (call $alloc)
                      (br_if 0 (local.get $obj) (local.get $obj))
                      (drop)
                      (i32.const 7))"#;
    let mut run = Run::new(&spilled(source));
    run.expect(99);
    assert_eq!(run.call1("f", 99), 99);
    assert_eq!(run.get("sp"), 4096);
    assert_eq!(run.call1("f", 0), 7);
    assert_eq!(run.get("sp"), 4096);
    assert_eq!(run.get("seen"), 1);
}

#[test]
fn refuses_a_module_without_names() {
    let bytes = wat::parse_str(format!("(module {PRELUDE} {HOLDER})")).unwrap();
    let mut stripped = bytes[..8].to_vec();
    for (id, range) in crate::module::sections(&bytes).unwrap() {
        if !(id == 0
            && crate::module::custom_parts(&bytes[range.clone()])
                .unwrap()
                .0
                == "name")
        {
            stripped.extend_from_slice(&bytes[range]);
        }
    }
    let err = spill_module(&stripped, &[]).unwrap_err();
    assert!(err.to_string().contains("name section"), "{err}");
}
