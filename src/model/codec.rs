//! A compact binary form of checked datasets: how the built-in data ship inside the app and how
//! the checking worker hands a checked file to the page, with no JSON parser in the page's code.
//!
//! Integers are LEB128, floats 8 bytes little-endian, strings and lists length-prefixed. Every
//! record lists its fields once, for both directions; the form's fingerprint is derived from those
//! lists, so bytes from a different build are refused instead of misread.

use super::types::*;

/// Bytes being read; every read checks the bounds, so damaged input gives `None`, never a panic.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    pub fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    /// A length that cannot be more than the bytes left (each item takes at least one byte).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(u64::get(self)?).ok()?;
        (n <= self.bytes.len()).then_some(n)
    }
}

/// A value with a binary form.
pub trait Binary: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn get(r: &mut Reader) -> Option<Self>;
}

impl Binary for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        let mut v = *self;
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = r.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }
}

impl Binary for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        u64::from(*self).put(out)
    }
    fn get(r: &mut Reader) -> Option<Self> {
        u32::try_from(u64::get(r)?).ok()
    }
}

impl Binary for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self))
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Binary for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes())
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(f64::from_le_bytes(r.take(8)?.try_into().ok()?))
    }
}

impl Binary for String {
    fn put(&self, out: &mut Vec<u8>) {
        (self.len() as u64).put(out);
        out.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let n = r.len()?;
        String::from_utf8(r.take(n)?.to_vec()).ok()
    }
}

impl<T: Binary> Binary for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.is_some().put(out);
        if let Some(v) = self {
            v.put(out);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        Some(if bool::get(r)? { Some(T::get(r)?) } else { None })
    }
}

impl<T: Binary> Binary for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        (self.len() as u64).put(out);
        for v in self {
            v.put(out);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        // A plain loop: collecting `Option`s adds an adapter per element type to the wasm.
        let n = r.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::get(r)?);
        }
        Some(out)
    }
}

/// Binary forms for records (`Name { field, … }`) and field-less enums (`Name [Variant, …]`),
/// with `Binary` and `Reader` in scope. A record must name every field and an enum every variant,
/// or the code does not compile. Also defines `$schema`, the text of the lists, for [`fingerprint`].
macro_rules! binary_forms {
    ($schema:ident; $($name:ident $body:tt)*) => {
        pub(crate) const $schema: &str = stringify!($($name $body)*);
        $(binary_forms!(@one $name $body);)*
    };
    (@one $name:ident { $($field:ident),* $(,)? }) => {
        impl Binary for $name {
            fn put(&self, out: &mut Vec<u8>) {
                $(Binary::put(&self.$field, out);)*
            }
            fn get(r: &mut Reader) -> Option<Self> {
                Some(Self { $($field: Binary::get(r)?),* })
            }
        }
    };
    (@one $name:ident [ $($variant:ident),* $(,)? ]) => {
        impl Binary for $name {
            fn put(&self, out: &mut Vec<u8>) {
                // The match is also a compile-time check that the list names every variant.
                let index = match self { $($name::$variant)|* => [$($name::$variant),*].iter().position(|v| v == self) };
                out.push(index.unwrap_or(0) as u8);
            }
            fn get(r: &mut Reader) -> Option<Self> {
                [$($name::$variant),*].get(usize::from(r.byte()?)).copied()
            }
        }
    };
}
#[allow(unused_imports)] // not used by the build script, which shares this file
pub(crate) use binary_forms;

/// A 32-bit FNV-1a hash of the form's field lists: bytes written by another build are refused.
pub fn fingerprint(schemas: &[&str]) -> u32 {
    schemas
        .iter()
        .flat_map(|s| s.bytes())
        .fold(0x811c_9dc5, |h: u32, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The binary form of `value`, headed by the fingerprint of `schemas`.
pub fn encode<T: Binary>(value: &T, schemas: &[&str]) -> Vec<u8> {
    let mut out = fingerprint(schemas).to_le_bytes().to_vec();
    value.put(&mut out);
    out
}

/// Reads what [`encode`] wrote with the same `schemas`; `None` for any other bytes.
pub fn decode<T: Binary>(bytes: &[u8], schemas: &[&str]) -> Option<T> {
    let (head, body) = bytes.split_at_checked(4)?;
    if head != fingerprint(schemas).to_le_bytes() {
        return None;
    }
    let mut r = Reader { bytes: body };
    let value = T::get(&mut r)?;
    r.bytes.is_empty().then_some(value)
}

binary_forms! { DATASET_SCHEMA;
    Text { zh, en }
    Basis [Stated, Inferred]
    Grounds { basis, reason }
    Link { id, basis, reason, source }
    Provenance { section, paragraph, excerpt }
    Dataset { format, meta, district, industries, chains, enterprises, programmes, projects, honours, people, metrics, milestones, facts }
    Meta { title, source, synthetic }
    SourceDoc { title, publisher, date, sections }
    Section { id, title }
    District { id, name, short, summary }
    Industry { id, name, short, district }
    Chain { id, name, short, industry, stages, stages_basis }
    Stage { id, name, step, enterprises, projects, basis, reason, source }
    Enterprise { id, name, short, chains, industry, summary }
    ProgrammeKind [Platform, Plan, Policy, Campaign]
    Programme { id, name, short, kind, summary, serves, source }
    ProjectStatus [Planned, UnderConstruction, Completed]
    Project { id, name, short, status, owner, chain, programme, summary }
    HonourLevel [National, Municipal, District]
    Honour { id, name, level, holders, source }
    Person { id, name, role, enterprise, source }
    MetricKind [Change, Share, Amount, Count, BeforeAfter, Range]
    MetricStatus [Actual, Target]
    Qualifier [Exact, About, MoreThan, Nearly]
    Scope [Enterprise, Chain, Industry, District, Programme, Project]
    Metric { id, entity, scope, label, kind, value, before, high, unit, qualifier, status, period, period_basis, measure, source }
    MilestoneStatus [Done, Expected]
    Milestone { id, entity, label, date, status, source }
    Quantity [All, NotOne, Pending]
    Fact { id, entity, label, quantity, source }
}

/// The binary form of a dataset.
pub fn dataset_to_bytes(dataset: &Dataset) -> Vec<u8> {
    encode(dataset, &[DATASET_SCHEMA])
}

/// A dataset from its binary form; `None` for damaged bytes or bytes of another build.
pub fn dataset_from_bytes(bytes: &[u8]) -> Option<Dataset> {
    decode(bytes, &[DATASET_SCHEMA])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{synthetic::synthetic, wanzhou, WANZHOU_BIN, WANZHOU_JSON};
    use crate::model::load;

    #[test]
    fn the_built_in_bytes_are_what_the_loader_makes_of_the_json() {
        let report = load(WANZHOU_JSON);
        assert!(report.errors.is_empty() && report.warnings.is_empty(), "{report:?}");
        assert_eq!(Some(wanzhou()), report.dataset);
        // The binary form is smaller than the JSON it comes from.
        assert!(
            WANZHOU_BIN.len() < WANZHOU_JSON.len() * 3 / 4,
            "{} bytes",
            WANZHOU_BIN.len()
        );
    }

    #[test]
    fn a_synthetic_dataset_comes_back_unchanged() {
        let d = synthetic(300);
        assert_eq!(dataset_from_bytes(&dataset_to_bytes(&d)), Some(d));
    }

    #[test]
    fn every_variant_of_every_enum_comes_back() {
        fn check<T: Binary + PartialEq + std::fmt::Debug>(all: &[T]) {
            for v in all {
                let mut out = Vec::new();
                v.put(&mut out);
                let mut r = Reader { bytes: &out };
                assert_eq!(T::get(&mut r).as_ref(), Some(v));
            }
        }
        check(&[Basis::Stated, Basis::Inferred]);
        check(&[
            ProjectStatus::Planned,
            ProjectStatus::UnderConstruction,
            ProjectStatus::Completed,
        ]);
        check(&[HonourLevel::National, HonourLevel::Municipal, HonourLevel::District]);
        use MetricKind::*;
        check(&[Change, Share, Amount, Count, BeforeAfter, Range]);
        check(&[MetricStatus::Actual, MetricStatus::Target]);
        check(&[
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::MoreThan,
            Qualifier::Nearly,
        ]);
        use Scope::*;
        check(&[Enterprise, Chain, Industry, District, Programme, Project]);
        check(&[MilestoneStatus::Done, MilestoneStatus::Expected]);
        check(&[Quantity::All, Quantity::NotOne, Quantity::Pending]);
        use ProgrammeKind::*;
        check(&[Platform, Plan, Policy, Campaign]);
        check(&[u64::MAX, 0, 127, 128]);
        check(&[f64::MIN_POSITIVE, -0.5, 1e300]);
    }

    #[test]
    fn damaged_bytes_are_refused_without_a_panic() {
        let good = WANZHOU_BIN;
        for n in (0..good.len()).step_by(89).chain(good.len() - 40..good.len()) {
            assert_eq!(dataset_from_bytes(&good[..n]), None, "cut at {n}");
        }
        let mut longer = good.to_vec();
        longer.push(0);
        assert_eq!(dataset_from_bytes(&longer), None);
        // Flipped bytes: refused or read as something else, never a panic or a huge allocation.
        for at in (4..good.len()).step_by(53) {
            let mut bad = good.to_vec();
            bad[at] ^= 0xff;
            let _ = dataset_from_bytes(&bad);
        }
        assert_eq!(dataset_from_bytes(&[0xff; 64]), None);
    }

    #[test]
    fn bytes_of_another_form_are_refused() {
        let other = encode(&wanzhou(), &[DATASET_SCHEMA, "Extra { field }"]);
        assert_eq!(dataset_from_bytes(&other), None);
        assert_ne!(fingerprint(&[DATASET_SCHEMA]), fingerprint(&["Text { en, zh }"]));
    }
}
