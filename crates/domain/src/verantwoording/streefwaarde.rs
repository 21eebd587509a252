//! Whether a plan target is met, for a reader who may not see the count. The
//! ondersteuningsplanraad (Wms art. 4a) must be able to judge the plan it consents to (WPO
//! art. 18a, WVO art. 17a; RULES §6.1), also when the figure is a protected small count ("<10", see
//! [`crate::monitor::onderdrukking`]).
//!
//! A "behaald"/"niet behaald" for a hidden count (1 up to the threshold) tells the reader on
//! which side of the target it lies. That is shown only when either answer still leaves at
//! least two possible counts, for all targets on the same figure taken together (two targets
//! "hoogstens 3" and "minstens 3" would pin down 3). Whether a target may answer depends on
//! the targets and the threshold only, never on the count: hiding just one answer would
//! give the count away. Two possible values is the interval the monitor itself publishes
//! (see its note on a "<10" beside one "×").

/// Is the target met: `hoogstens` (at most) or otherwise `minstens` (at least) `doel`.
pub fn behaald(n: u64, richting: &str, doel: u64) -> bool {
    if richting == "hoogstens" {
        n <= doel
    } else {
        n >= doel
    }
}

/// The smallest number of possible counts an answer may leave.
const MINSTE_MOGELIJK: u64 = 2;

/// For the targets on one figure (as `(richting, doel)`, in the order the plans set them),
/// whether each may answer behaald/niet behaald for a hidden count below `drempel`. In
/// order: a target that would leave one possible count, together with the earlier ones that
/// may answer, may not.
pub fn mag_antwoorden(doelen: &[(&str, u64)], drempel: u64) -> Vec<bool> {
    // A target splits the hidden counts 1..drempel after the cut `c`: met on one side of
    // c (counts <= c), not met on the other.
    let snede = |richting: &str, doel: u64| {
        if richting == "hoogstens" {
            doel
        } else {
            doel.saturating_sub(1)
        }
    };
    let mut sneden: Vec<u64> = Vec::new();
    doelen
        .iter()
        .map(|(richting, doel)| {
            let c = snede(richting, *doel);
            if c < 1 || c >= drempel.saturating_sub(1) {
                return true; // the same answer for every hidden count: says nothing
            }
            let mut proef = sneden.clone();
            proef.push(c);
            proef.sort_unstable();
            proef.dedup();
            // The groups of counts between the cuts: 1..=c1, c1+1..=c2, …, ck+1..=drempel-1.
            let mut grenzen = vec![0];
            grenzen.extend(&proef);
            grenzen.push(drempel - 1);
            let ok = grenzen.windows(2).all(|w| w[1] - w[0] >= MINSTE_MOGELIJK);
            if ok {
                sneden = proef;
            }
            ok
        })
        .collect()
}
