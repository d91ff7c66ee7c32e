;; HyperBall kernels for handshakes (src/traversal/wasm/wasm-hyperball.ts lays out the memory).
;; Same contracts, same floating-point operations in the same order, as the JavaScript kernels
;; hyperBallStep (../hyperball-steps.ts) and hyperBallEstimateRange (../hyperball-estimate.ts).
;; Parameters are byte addresses; a counter is m bytes (m = 16 … 4096, a multiple of 16).
(module
  (import "env" "mem" (memory 1 65536))

  ;; next[v] = cur[v] ∪ cur[u] (register-wise max) over out-neighbours u with was[u] = 1, for v in
  ;; [from, to); now[v] = 1 when v's counter grew. Returns how many grew. Counters are merged by
  ;; groups of 64 bytes in four v128 accumulators (16 bytes in one when m < 64).
  (func (export "step")
    (param $offs i32) (param $tgts i32) (param $cur i32) (param $next i32) (param $was i32) (param $now i32)
    (param $m i32) (param $from i32) (param $to i32) (result i32)
    (local $v i32) (local $g i32) (local $j i32) (local $start i32) (local $end i32) (local $u i32)
    (local $src i32) (local $own i32) (local $grew i32) (local $count i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $d v128)
    (local.set $v (local.get $from))
    (block $done (loop $nodes
      (br_if $done (i32.ge_s (local.get $v) (local.get $to)))
      (local.set $src (i32.add (local.get $offs) (i32.shl (local.get $v) (i32.const 2))))
      (local.set $start (i32.load (local.get $src)))
      (local.set $end (i32.load offset=4 (local.get $src)))
      (local.set $d (v128.const i64x2 0 0))
      (local.set $g (i32.const 0))
      (if (i32.ge_u (local.get $m) (i32.const 64))
        (then
          (loop $groups
            (local.set $own (i32.add (i32.mul (local.get $v) (local.get $m)) (local.get $g)))
            (local.set $src (i32.add (local.get $cur) (local.get $own)))
            (local.set $a0 (v128.load (local.get $src)))
            (local.set $a1 (v128.load offset=16 (local.get $src)))
            (local.set $a2 (v128.load offset=32 (local.get $src)))
            (local.set $a3 (v128.load offset=48 (local.get $src)))
            (local.set $j (local.get $start))
            (block $edgesDone (loop $edges
              (br_if $edgesDone (i32.ge_s (local.get $j) (local.get $end)))
              (local.set $u (i32.load (i32.add (local.get $tgts) (i32.shl (local.get $j) (i32.const 2)))))
              (if (i32.load8_u (i32.add (local.get $was) (local.get $u)))
                (then
                  (local.set $src (i32.add (local.get $cur) (i32.add (i32.mul (local.get $u) (local.get $m)) (local.get $g))))
                  (local.set $a0 (i8x16.max_u (local.get $a0) (v128.load (local.get $src))))
                  (local.set $a1 (i8x16.max_u (local.get $a1) (v128.load offset=16 (local.get $src))))
                  (local.set $a2 (i8x16.max_u (local.get $a2) (v128.load offset=32 (local.get $src))))
                  (local.set $a3 (i8x16.max_u (local.get $a3) (v128.load offset=48 (local.get $src))))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $edges)))
            (local.set $src (i32.add (local.get $cur) (local.get $own)))
            (local.set $d (v128.or (local.get $d) (v128.or
              (v128.or (v128.xor (local.get $a0) (v128.load (local.get $src))) (v128.xor (local.get $a1) (v128.load offset=16 (local.get $src))))
              (v128.or (v128.xor (local.get $a2) (v128.load offset=32 (local.get $src))) (v128.xor (local.get $a3) (v128.load offset=48 (local.get $src)))))))
            (local.set $src (i32.add (local.get $next) (local.get $own)))
            (v128.store (local.get $src) (local.get $a0))
            (v128.store offset=16 (local.get $src) (local.get $a1))
            (v128.store offset=32 (local.get $src) (local.get $a2))
            (v128.store offset=48 (local.get $src) (local.get $a3))
            (local.set $g (i32.add (local.get $g) (i32.const 64)))
            (br_if $groups (i32.lt_u (local.get $g) (local.get $m)))))
        (else
          (loop $groups16
            (local.set $own (i32.add (i32.mul (local.get $v) (local.get $m)) (local.get $g)))
            (local.set $a0 (v128.load (i32.add (local.get $cur) (local.get $own))))
            (local.set $j (local.get $start))
            (block $edgesDone16 (loop $edges16
              (br_if $edgesDone16 (i32.ge_s (local.get $j) (local.get $end)))
              (local.set $u (i32.load (i32.add (local.get $tgts) (i32.shl (local.get $j) (i32.const 2)))))
              (if (i32.load8_u (i32.add (local.get $was) (local.get $u)))
                (then
                  (local.set $a0 (i8x16.max_u (local.get $a0)
                    (v128.load (i32.add (local.get $cur) (i32.add (i32.mul (local.get $u) (local.get $m)) (local.get $g))))))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $edges16)))
            (local.set $d (v128.or (local.get $d) (v128.xor (local.get $a0) (v128.load (i32.add (local.get $cur) (local.get $own))))))
            (v128.store (i32.add (local.get $next) (local.get $own)) (local.get $a0))
            (local.set $g (i32.add (local.get $g) (i32.const 16)))
            (br_if $groups16 (i32.lt_u (local.get $g) (local.get $m))))))
      (local.set $grew (v128.any_true (local.get $d)))
      (i32.store8 (i32.add (local.get $now) (local.get $v)) (local.get $grew))
      (local.set $count (i32.add (local.get $count) (local.get $grew)))
      (local.set $v (i32.add (local.get $v) (i32.const 1)))
      (br $nodes)))
    (local.get $count))

  ;; HyperLogLog estimates summed per chunk of $chunk nodes: zeroes the 9-f64 slots of the chunks
  ;; that [from, to) covers, then for every counted node (with $next: that changed) adds est(cur)
  ;; (no $next, i.e. $next = 0) or est(next) − est(cur) to slot[0] (all m registers) and to
  ;; slot[1 + b] (without register block b, b < 8). $tables (f64): α·m², α'·m'², 2.5·m, 2.5·m'
  ;; (m' = 7m/8), then 2^−r for r < 64 at +32, then m·ln(m/z) for z ≤ m at +544, then m'·ln(m'/z)
  ;; for z ≤ m'. $scratch: 64 bytes of block sums (f64) and 32 of block zero counts (i32), own to
  ;; the caller (one per thread). Block sums of 2^−r are exact (registers ≤ 33, from 32-bit hashes, and
  ;; m ≤ 4096: every partial sum is a multiple of 2^−33 below 2^13), so the SIMD path's order of
  ;; additions gives the JavaScript kernel's bits; counters of m < 64 take the scalar table path.
  (func (export "estimate")
    (param $m i32) (param $cur i32) (param $next i32) (param $changed i32) (param $counted i32)
    (param $from i32) (param $to i32) (param $chunk i32) (param $sums i32) (param $tables i32) (param $scratch i32)
    (local $v i32) (local $c i32) (local $cEnd i32) (local $slot i32) (local $pass i32) (local $j i32)
    (local $end i32) (local $b i32) (local $r i32) (local $bz i32) (local $zeros i32) (local $z i32)
    (local $blockSize i32) (local $mPart i32) (local $lcPart i32) (local $q i32)
    (local $bs f64) (local $sum f64) (local $e f64) (local $sign f64) (local $t v128) (local $acc v128)
    (br_if 0 (i32.ge_s (local.get $from) (local.get $to)))
    (local.set $blockSize (i32.shr_u (local.get $m) (i32.const 3)))
    (local.set $mPart (i32.sub (local.get $m) (local.get $blockSize)))
    (local.set $lcPart (i32.add (i32.add (local.get $tables) (i32.const 544)) (i32.shl (i32.add (local.get $m) (i32.const 1)) (i32.const 3))))
    ;; zero the slots of chunks from/chunk … (to−1)/chunk
    (local.set $c (i32.div_u (local.get $from) (local.get $chunk)))
    (memory.fill
      (i32.add (local.get $sums) (i32.mul (local.get $c) (i32.const 72)))
      (i32.const 0)
      (i32.mul (i32.sub (i32.add (i32.div_u (i32.sub (local.get $to) (i32.const 1)) (local.get $chunk)) (i32.const 1)) (local.get $c)) (i32.const 72)))
    (local.set $slot (i32.add (local.get $sums) (i32.mul (local.get $c) (i32.const 72))))
    (local.set $cEnd (i32.mul (i32.add (local.get $c) (i32.const 1)) (local.get $chunk)))
    (local.set $v (local.get $from))
    (block $done (loop $nodes
      (br_if $done (i32.ge_s (local.get $v) (local.get $to)))
      (if (i32.ge_s (local.get $v) (local.get $cEnd))
        (then
          (local.set $slot (i32.add (local.get $slot) (i32.const 72)))
          (local.set $cEnd (i32.add (local.get $cEnd) (local.get $chunk)))))
      (block $skip
        (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $counted) (local.get $v)))))
        (if (local.get $next)
          (then (br_if $skip (i32.eqz (i32.load8_u (i32.add (local.get $changed) (local.get $v)))))))
        (local.set $pass (i32.eqz (local.get $next)))
        (loop $passes
          ;; pass 0: −est(cur); pass 1: +est(next), or +est(cur) without $next
          (local.set $j (i32.add
            (select (local.get $cur) (local.get $next) (i32.or (i32.eqz (local.get $pass)) (i32.eqz (local.get $next))))
            (i32.mul (local.get $v) (local.get $m))))
          (local.set $sign (select (f64.const -1) (f64.const 1) (i32.eqz (local.get $pass))))
          (local.set $sum (f64.const 0))
          (local.set $zeros (i32.const 0))
          (local.set $b (i32.const 0))
          (loop $blocks
            (local.set $bs (f64.const 0))
            (local.set $bz (i32.const 0))
            (local.set $end (i32.add (local.get $j) (local.get $blockSize)))
            (if (i32.ge_u (local.get $m) (i32.const 64))
              (then
                ;; 8 registers at a time: 2^−r is the f64 whose top 16 bits are (1023 − r) << 4
                (local.set $acc (v128.const f64x2 0 0))
                (loop $units
                  (local.set $t (v128.load8x8_u (local.get $j)))
                  (local.set $bz (i32.add (local.get $bz)
                    (i32.popcnt (i16x8.bitmask (i16x8.eq (local.get $t) (v128.const i16x8 0 0 0 0 0 0 0 0))))))
                  (local.set $t (i16x8.shl (i16x8.sub (v128.const i16x8 1023 1023 1023 1023 1023 1023 1023 1023) (local.get $t)) (i32.const 4)))
                  (local.set $acc (f64x2.add (local.get $acc) (f64x2.add
                    (f64x2.add
                      (i8x16.shuffle 16 16 16 16 16 16 0 1 16 16 16 16 16 16 2 3 (local.get $t) (v128.const i64x2 0 0))
                      (i8x16.shuffle 16 16 16 16 16 16 4 5 16 16 16 16 16 16 6 7 (local.get $t) (v128.const i64x2 0 0)))
                    (f64x2.add
                      (i8x16.shuffle 16 16 16 16 16 16 8 9 16 16 16 16 16 16 10 11 (local.get $t) (v128.const i64x2 0 0))
                      (i8x16.shuffle 16 16 16 16 16 16 12 13 16 16 16 16 16 16 14 15 (local.get $t) (v128.const i64x2 0 0))))))
                  (local.set $j (i32.add (local.get $j) (i32.const 8)))
                  (br_if $units (i32.lt_u (local.get $j) (local.get $end))))
                (local.set $bs (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc)))))
              (else
                (loop $registers
                  (local.set $r (i32.load8_u (local.get $j)))
                  (local.set $bs (f64.add (local.get $bs)
                    (f64.load offset=32 (i32.add (local.get $tables) (i32.shl (local.get $r) (i32.const 3))))))
                  (local.set $bz (i32.add (local.get $bz) (i32.eqz (local.get $r))))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br_if $registers (i32.lt_u (local.get $j) (local.get $end))))))
            (f64.store (i32.add (local.get $scratch) (i32.shl (local.get $b) (i32.const 3))) (local.get $bs))
            (i32.store offset=64 (i32.add (local.get $scratch) (i32.shl (local.get $b) (i32.const 2))) (local.get $bz))
            (local.set $sum (f64.add (local.get $sum) (local.get $bs)))
            (local.set $zeros (i32.add (local.get $zeros) (local.get $bz)))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br_if $blocks (i32.lt_u (local.get $b) (i32.const 8))))
          ;; HyperLogLog α·m²/Σ2^−M, or linear counting m·ln(m/zeros) at or below 2.5·m
          (local.set $e (f64.div (f64.load (local.get $tables)) (local.get $sum)))
          (if (i32.and (f64.le (local.get $e) (f64.load offset=16 (local.get $tables))) (i32.gt_s (local.get $zeros) (i32.const 0)))
            (then (local.set $e (f64.load offset=544 (i32.add (local.get $tables) (i32.shl (local.get $zeros) (i32.const 3)))))))
          (f64.store (local.get $slot) (f64.add (f64.load (local.get $slot)) (f64.mul (local.get $sign) (local.get $e))))
          (local.set $b (i32.const 0))
          (loop $replicates
            (local.set $z (i32.sub (local.get $zeros) (i32.load offset=64 (i32.add (local.get $scratch) (i32.shl (local.get $b) (i32.const 2))))))
            (local.set $e (f64.div (f64.load offset=8 (local.get $tables))
              (f64.sub (local.get $sum) (f64.load (i32.add (local.get $scratch) (i32.shl (local.get $b) (i32.const 3)))))))
            (if (i32.and (f64.le (local.get $e) (f64.load offset=24 (local.get $tables))) (i32.gt_s (local.get $z) (i32.const 0)))
              (then (local.set $e (f64.load (i32.add (local.get $lcPart) (i32.shl (local.get $z) (i32.const 3)))))))
            (local.set $q (i32.add (local.get $slot) (i32.shl (i32.add (local.get $b) (i32.const 1)) (i32.const 3))))
            (f64.store (local.get $q) (f64.add (f64.load (local.get $q)) (f64.mul (local.get $sign) (local.get $e))))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br_if $replicates (i32.lt_u (local.get $b) (i32.const 8))))
          (local.set $pass (i32.add (local.get $pass) (i32.const 1)))
          (br_if $passes (i32.lt_u (local.get $pass) (i32.const 2)))))
      (local.set $v (i32.add (local.get $v) (i32.const 1)))
      (br $nodes))))
)
