//! Per-run engine tunables: the wasm stack size, and a memory cap that
//! records when the guest runs into it (so the run can end with a typed
//! `MemoryLimit` error rather than whatever the guest makes of a failed
//! `memory.grow`).
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wasmer::sys::vm::{
    LinearMemory, MemoryError, MemoryStyle, TableStyle, VMConfig, VMMemory, VMMemoryDefinition,
    VMSharedMemory, VMTable, VMTableDefinition,
};
use wasmer::sys::{BaseTunables, Tunables};
use wasmer::{MemoryType, Pages, TableType};

pub struct RunTunables {
    base: BaseTunables,
    max_pages: Option<u32>,
    limit_hit: Arc<AtomicBool>,
    vmconfig: VMConfig,
}

impl RunTunables {
    pub fn new(stack_bytes: usize, max_pages: Option<u32>, limit_hit: Arc<AtomicBool>) -> Self {
        RunTunables {
            base: BaseTunables::new(),
            max_pages,
            limit_hit,
            vmconfig: VMConfig {
                wasm_stack_size: Some(stack_bytes),
            },
        }
    }

    fn wrap(&self, memory: VMMemory) -> VMMemory {
        match self.max_pages {
            None => memory,
            Some(max) => VMMemory(Box::new(CappedMemory {
                inner: memory.0,
                max_pages: max,
                limit_hit: self.limit_hit.clone(),
            })),
        }
    }

    fn check_initial(&self, ty: &MemoryType) -> Result<(), MemoryError> {
        match self.max_pages {
            Some(max) if ty.minimum.0 > max => {
                self.limit_hit.store(true, Ordering::SeqCst);
                Err(MemoryError::Generic(format!(
                    "the module needs {} pages at start, over the limit of {max}",
                    ty.minimum.0
                )))
            }
            _ => Ok(()),
        }
    }
}

impl Tunables for RunTunables {
    fn memory_style(&self, memory: &MemoryType) -> MemoryStyle {
        self.base.memory_style(memory)
    }

    fn table_style(&self, table: &TableType) -> TableStyle {
        self.base.table_style(table)
    }

    fn create_host_memory(
        &self,
        ty: &MemoryType,
        style: &MemoryStyle,
    ) -> Result<VMMemory, MemoryError> {
        self.check_initial(ty)?;
        Ok(self.wrap(self.base.create_host_memory(ty, style)?))
    }

    unsafe fn create_vm_memory(
        &self,
        ty: &MemoryType,
        style: &MemoryStyle,
        location: NonNull<VMMemoryDefinition>,
    ) -> Result<VMMemory, MemoryError> {
        self.check_initial(ty)?;
        // SAFETY: forwarded unchanged; the caller upholds the contract.
        Ok(self.wrap(unsafe { self.base.create_vm_memory(ty, style, location)? }))
    }

    fn create_host_table(&self, ty: &TableType, style: &TableStyle) -> Result<VMTable, String> {
        self.base.create_host_table(ty, style)
    }

    unsafe fn create_vm_table(
        &self,
        ty: &TableType,
        style: &TableStyle,
        location: NonNull<VMTableDefinition>,
    ) -> Result<VMTable, String> {
        // SAFETY: forwarded unchanged; the caller upholds the contract.
        unsafe { self.base.create_vm_table(ty, style, location) }
    }

    fn vmconfig(&self) -> &VMConfig {
        &self.vmconfig
    }
}

/// A linear memory that refuses to grow past `max_pages` and says so.
#[derive(Debug)]
struct CappedMemory {
    inner: Box<dyn LinearMemory + Send + Sync + 'static>,
    max_pages: u32,
    limit_hit: Arc<AtomicBool>,
}

impl LinearMemory for CappedMemory {
    fn ty(&self) -> MemoryType {
        let mut ty = self.inner.ty();
        ty.maximum = Some(Pages(
            self.max_pages.min(ty.maximum.map_or(u32::MAX, |p| p.0)),
        ));
        ty
    }
    fn size(&self) -> Pages {
        self.inner.size()
    }
    fn style(&self) -> MemoryStyle {
        self.inner.style()
    }
    fn grow(&mut self, delta: Pages) -> Result<Pages, MemoryError> {
        let wanted = self.inner.size().0 as u64 + delta.0 as u64;
        if wanted > self.max_pages as u64 {
            self.limit_hit.store(true, Ordering::SeqCst);
            return Err(MemoryError::CouldNotGrow {
                current: self.inner.size(),
                attempted_delta: delta,
            });
        }
        self.inner.grow(delta)
    }
    fn vmmemory(&self) -> NonNull<VMMemoryDefinition> {
        self.inner.vmmemory()
    }
    fn try_clone(&self) -> Result<Box<dyn LinearMemory + Send + Sync + 'static>, MemoryError> {
        self.inner.try_clone()
    }
    fn copy(&self) -> Result<Box<dyn LinearMemory + Send + Sync + 'static>, MemoryError> {
        self.inner.copy()
    }
    fn as_shared(&self) -> Result<VMSharedMemory, MemoryError> {
        self.inner.as_shared()
    }
}
