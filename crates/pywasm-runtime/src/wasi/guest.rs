//! Reading and writing the guest's linear memory; any out-of-bounds access
//! becomes EFAULT rather than a host panic.
use super::types::{errno, Errno};
use wasmer::MemoryView;

pub struct Guest<'a>(pub MemoryView<'a>);

impl Guest<'_> {
    pub fn bytes(&self, ptr: u32, len: u32) -> Result<Vec<u8>, Errno> {
        let mut buf = vec![0; len as usize];
        self.0
            .read(ptr as u64, &mut buf)
            .map_err(|_| errno::FAULT)?;
        Ok(buf)
    }
    pub fn string(&self, ptr: u32, len: u32) -> Result<String, Errno> {
        String::from_utf8(self.bytes(ptr, len)?).map_err(|_| errno::INVAL)
    }
    pub fn write(&self, ptr: u32, data: &[u8]) -> Result<(), Errno> {
        self.0.write(ptr as u64, data).map_err(|_| errno::FAULT)
    }
    pub fn u8(&self, ptr: u32) -> Result<u8, Errno> {
        Ok(self.bytes(ptr, 1)?[0])
    }
    pub fn u16(&self, ptr: u32) -> Result<u16, Errno> {
        Ok(u16::from_le_bytes(self.bytes(ptr, 2)?.try_into().unwrap()))
    }
    pub fn u32(&self, ptr: u32) -> Result<u32, Errno> {
        Ok(u32::from_le_bytes(self.bytes(ptr, 4)?.try_into().unwrap()))
    }
    pub fn u64(&self, ptr: u32) -> Result<u64, Errno> {
        Ok(u64::from_le_bytes(self.bytes(ptr, 8)?.try_into().unwrap()))
    }
    pub fn set_u8(&self, ptr: u32, v: u8) -> Result<(), Errno> {
        self.write(ptr, &[v])
    }
    pub fn set_u16(&self, ptr: u32, v: u16) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn set_u32(&self, ptr: u32, v: u32) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    pub fn set_u64(&self, ptr: u32, v: u64) -> Result<(), Errno> {
        self.write(ptr, &v.to_le_bytes())
    }
    /// The (ptr, len) pairs of an iovec array.
    pub fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<(u32, u32)>, Errno> {
        (0..count)
            .map(|i| Ok((self.u32(ptr + 8 * i)?, self.u32(ptr + 8 * i + 4)?)))
            .collect()
    }
}
