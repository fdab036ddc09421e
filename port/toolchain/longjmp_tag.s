# The exception tag that LLVM's wasm setjmp/longjmp lowering throws with; the
# wasi-libc in our pinned zig references it without defining it.
	.tagtype __c_longjmp i32
	.globl __c_longjmp
__c_longjmp:
