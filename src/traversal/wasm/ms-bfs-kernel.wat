;; Bit-parallel multi-source BFS (Then et al., VLDB 2015), 128 sources per pass: source i owns bit
;; (i & 63) of i64 lane (i >> 6) of one v128 per node. Same contract and outputs as msBfsBatch in
;; ../ms-bfs.ts (push levels scatter, pull levels gather, Beamer's rule on adjacency entries with
;; α = 15). Byte addresses; seen, visit, next hold 16 bytes per node; hist f64 by level; ecc i32,
;; reached and sums f64 by source (address 0 = not wanted). With $levels ≠ 0 (and reached), the
;; reached row of every level below $levelCap is copied to $levels + level·1024 (cumulative reach).
(module
  (import "env" "mem" (memory 1 65536))

;; Per-source counts go through 16 bit-sliced counters at $counters (v128 k holds bit k of
  ;; every source's count): adding a node's new bits costs a carry chain, amortised about two
  ;; v128 operations, instead of a loop over its set bits. $flush moves them into reached and sums.
  (func $countBits (param $x v128) (param $counters i32)
    (local $a i32) (local $c v128)
    (local.set $a (local.get $counters))
    (block $done (loop $carry
      (br_if $done (i32.eqz (v128.any_true (local.get $x))))
      (local.set $c (v128.load (local.get $a)))
      (v128.store (local.get $a) (v128.xor (local.get $c) (local.get $x)))
      (local.set $x (v128.and (local.get $c) (local.get $x)))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br $carry))))

  ;; reached[i] += count(i) and sums[i] += count(i)·level for every source, then clears the counters.
  (func $flush (param $counters i32) (param $level i32) (param $reached i32) (param $sums i32)
    (local $k i32) (local $lane i32) (local $bits i64) (local $a i32) (local $add f64)
    (block $kDone (loop $eachK
      (br_if $kDone (i32.ge_u (local.get $k) (i32.const 16)))
      (local.set $add (f64.convert_i32_u (i32.shl (i32.const 1) (local.get $k))))
      (local.set $lane (i32.const 0))
      (block $laneDone (loop $eachLane
        (br_if $laneDone (i32.ge_u (local.get $lane) (i32.const 2)))
        (local.set $bits (i64.load (i32.add (local.get $counters) (i32.add (i32.shl (local.get $k) (i32.const 4)) (i32.shl (local.get $lane) (i32.const 3))))))
        (block $bitsDone (loop $eachBit
          (br_if $bitsDone (i64.eqz (local.get $bits)))
          (local.set $a (i32.shl (i32.add (i32.shl (local.get $lane) (i32.const 6)) (i32.wrap_i64 (i64.ctz (local.get $bits)))) (i32.const 3)))
          (f64.store (i32.add (local.get $reached) (local.get $a)) (f64.add (f64.load (i32.add (local.get $reached) (local.get $a))) (local.get $add)))
          (f64.store (i32.add (local.get $sums) (local.get $a)) (f64.add (f64.load (i32.add (local.get $sums) (local.get $a)))
            (f64.mul (local.get $add) (f64.convert_i32_u (local.get $level)))))
          (local.set $bits (i64.and (local.get $bits) (i64.sub (local.get $bits) (i64.const 1))))
          (br $eachBit)))
        (local.set $lane (i32.add (local.get $lane) (i32.const 1)))
        (br $eachLane)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $eachK)))
    (memory.fill (local.get $counters) (i32.const 0) (i32.const 256)))

  ;; ecc[i] = level for every source i whose bit is set in lane $lane of $bits.
  (func $setEcc (param $bits i64) (param $lane i32) (param $level i32) (param $ecc i32)
    (block $done (loop $each
      (br_if $done (i64.eqz (local.get $bits)))
      (i32.store (i32.add (local.get $ecc) (i32.shl (i32.add (i32.shl (local.get $lane) (i32.const 6)) (i32.wrap_i64 (i64.ctz (local.get $bits)))) (i32.const 2)))
        (local.get $level))
      (local.set $bits (i64.and (local.get $bits) (i64.sub (local.get $bits) (i64.const 1))))
      (br $each))))

  ;; Bits 0 … count−1 of a 128-bit mask.
  (func $fullMask (param $count i32) (result v128)
    (local $lo i64) (local $hi i64)
    (local.set $lo (if (result i64) (i32.ge_s (local.get $count) (i32.const 64)) (then (i64.const -1))
      (else (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $count))) (i64.const 1)))))
    (local.set $hi (if (result i64) (i32.ge_s (local.get $count) (i32.const 128)) (then (i64.const -1))
      (else (if (result i64) (i32.le_s (local.get $count) (i32.const 64)) (then (i64.const 0))
        (else (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.sub (local.get $count) (i32.const 64)))) (i64.const 1)))))))
    (i64x2.replace_lane 1 (i64x2.splat (local.get $lo)) (local.get $hi)))

  ;; One batch from the sources at $srcs (count ≤ 128 i32 ids); returns the deepest level reached.
  (func (export "batch")
    (param $n i32) (param $offs i32) (param $tgts i32) (param $roffs i32) (param $rtgts i32)
    (param $seen i32) (param $visit i32) (param $next i32) (param $srcs i32) (param $count i32)
    (param $hist i32) (param $ecc i32) (param $reached i32) (param $sums i32) (param $maxDistance i32)
    (param $levels i32) (param $levelCap i32) (param $counters i32)
    (result i32)
    (local $full v128) (local $x v128) (local $s v128) (local $open v128) (local $levelBits v128)
    (local $i i32) (local $u i32) (local $v i32) (local $j i32) (local $end i32) (local $a i32) (local $t i32)
    (local $depth i32) (local $level i32) (local $pull i32) (local $degree i64)
    (local $frontier i64) (local $unexplored i64) (local $found i64) (local $pending i32)
    (local.set $full (call $fullMask (local.get $count)))
    (memory.fill (local.get $seen) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
    (memory.fill (local.get $visit) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
    (if (local.get $reached) (then (memory.fill (local.get $counters) (i32.const 0) (i32.const 256))))
    ;; Seed: bit i of the sources' seen and visit words.
    (block $seeded (loop $seed
      (br_if $seeded (i32.ge_s (local.get $i) (local.get $count)))
      (local.set $u (i32.load (i32.add (local.get $srcs) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $a (i32.add (i32.shl (local.get $u) (i32.const 4)) (i32.shl (i32.shr_u (local.get $i) (i32.const 6)) (i32.const 3))))
      (i64.store (i32.add (local.get $seen) (local.get $a))
        (i64.or (i64.load (i32.add (local.get $seen) (local.get $a))) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $i)))))
      (i64.store (i32.add (local.get $visit) (local.get $a))
        (i64.or (i64.load (i32.add (local.get $visit) (local.get $a))) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $i)))))
      (local.set $a (i32.add (local.get $offs) (i32.shl (local.get $u) (i32.const 2))))
      (local.set $frontier (i64.add (local.get $frontier) (i64.extend_i32_u (i32.sub (i32.load offset=4 (local.get $a)) (i32.load (local.get $a))))))
      (if (local.get $ecc) (then (i32.store (i32.add (local.get $ecc) (i32.shl (local.get $i) (i32.const 2))) (i32.const 0))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $seed)))
    (local.set $unexplored (i64.extend_i32_u (i32.load (i32.add (local.get $offs) (i32.shl (local.get $n) (i32.const 2))))))
    (block $finished (loop $levels
      (br_if $finished (i32.ge_s (local.get $depth) (local.get $maxDistance)))
      (local.set $level (i32.add (local.get $depth) (i32.const 1)))
      (local.set $pull (i64.gt_s (i64.mul (local.get $frontier) (i64.const 15)) (local.get $unexplored)))
      (local.set $found (i64.const 0))
      (local.set $frontier (i64.const 0))
      (local.set $unexplored (i64.const 0))
      (local.set $levelBits (v128.const i64x2 0 0))
      ;; Push: scatter every frontier node's bits to its out-neighbours.
      (if (i32.eqz (local.get $pull))
        (then
          (memory.fill (local.get $next) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
          (local.set $u (i32.const 0))
          (block $pushed (loop $push
            (br_if $pushed (i32.ge_s (local.get $u) (local.get $n)))
            (local.set $x (v128.load (i32.add (local.get $visit) (i32.shl (local.get $u) (i32.const 4)))))
            (if (v128.any_true (local.get $x))
              (then
                (local.set $a (i32.add (local.get $offs) (i32.shl (local.get $u) (i32.const 2))))
                (local.set $j (i32.load (local.get $a)))
                (local.set $end (i32.load offset=4 (local.get $a)))
                (block $scattered (loop $scatter
                  (br_if $scattered (i32.ge_s (local.get $j) (local.get $end)))
                  (local.set $t (i32.add (local.get $next)
                    (i32.shl (i32.load (i32.add (local.get $tgts) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 4))))
                  (v128.store (local.get $t) (v128.or (v128.load (local.get $t)) (local.get $x)))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br $scatter)))))
            (local.set $u (i32.add (local.get $u) (i32.const 1)))
            (br $push)))))
      ;; Settle every node: keep new bits, count them, measure the next frontier. Pull levels
      ;; gather here (only seen[v] and visit[·] are read, so settling v early changes nothing).
      (local.set $v (i32.const 0))
      (block $settled (loop $settle
        (br_if $settled (i32.ge_s (local.get $v) (local.get $n)))
        (local.set $a (i32.shl (local.get $v) (i32.const 4)))
        (local.set $s (v128.load (i32.add (local.get $seen) (local.get $a))))
        (local.set $open (v128.andnot (local.get $full) (local.get $s)))
        (if (local.get $pull)
          (then
            (local.set $x (v128.const i64x2 0 0))
            (if (v128.any_true (local.get $open))
              (then
                (local.set $t (i32.add (local.get $roffs) (i32.shl (local.get $v) (i32.const 2))))
                (local.set $j (i32.load (local.get $t)))
                (local.set $end (i32.load offset=4 (local.get $t)))
                (block $gathered (loop $gather
                  (br_if $gathered (i32.ge_s (local.get $j) (local.get $end)))
                  (local.set $x (v128.or (local.get $x) (v128.load (i32.add (local.get $visit)
                    (i32.shl (i32.load (i32.add (local.get $rtgts) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 4))))))
                  (br_if $gathered (i32.eqz (v128.any_true (v128.andnot (local.get $open) (local.get $x)))))
                  (local.set $j (i32.add (local.get $j) (i32.const 1)))
                  (br $gather)))))
            (local.set $x (v128.and (local.get $x) (local.get $open))))
          (else
            (local.set $x (v128.and (v128.load (i32.add (local.get $next) (local.get $a))) (local.get $open)))))
        (v128.store (i32.add (local.get $next) (local.get $a)) (local.get $x))
        (local.set $t (i32.add (local.get $offs) (i32.shl (local.get $v) (i32.const 2))))
        (local.set $degree (i64.extend_i32_u (i32.sub (i32.load offset=4 (local.get $t)) (i32.load (local.get $t)))))
        (if (v128.any_true (v128.andnot (local.get $open) (local.get $x)))
          (then (local.set $unexplored (i64.add (local.get $unexplored) (local.get $degree)))))
        (if (v128.any_true (local.get $x))
          (then
            (v128.store (i32.add (local.get $seen) (local.get $a)) (v128.or (local.get $s) (local.get $x)))
            (local.set $frontier (i64.add (local.get $frontier) (local.get $degree)))
            (local.set $levelBits (v128.or (local.get $levelBits) (local.get $x)))
            (if (local.get $reached)
              (then
                (call $countBits (local.get $x) (local.get $counters))
                (local.set $pending (i32.add (local.get $pending) (i32.const 1)))
                ;; 16-bit counters: flush before any can reach 2^16.
                (if (i32.ge_u (local.get $pending) (i32.const 65535))
                  (then
                    (call $flush (local.get $counters) (local.get $level) (local.get $reached) (local.get $sums))
                    (local.set $pending (i32.const 0))))))
            (local.set $found (i64.add (local.get $found)
              (i64.add (i64.popcnt (i64x2.extract_lane 0 (local.get $x))) (i64.popcnt (i64x2.extract_lane 1 (local.get $x))))))))
        (local.set $v (i32.add (local.get $v) (i32.const 1)))
        (br $settle)))
      (if (local.get $reached)
        (then
          (call $flush (local.get $counters) (local.get $level) (local.get $reached) (local.get $sums))
          (local.set $pending (i32.const 0))))
      (br_if $finished (i64.eqz (local.get $found)))
      (local.set $a (i32.add (local.get $hist) (i32.shl (local.get $level) (i32.const 3))))
      (f64.store (local.get $a) (f64.add (f64.load (local.get $a)) (f64.convert_i64_u (local.get $found))))
      (local.set $depth (local.get $level))
      (if (i32.and (i32.ne (local.get $levels) (i32.const 0)) (i32.lt_u (local.get $level) (local.get $levelCap)))
        (then (memory.copy (i32.add (local.get $levels) (i32.shl (local.get $level) (i32.const 10))) (local.get $reached) (i32.const 1024))))
      (if (local.get $ecc)
        (then
          (call $setEcc (i64x2.extract_lane 0 (local.get $levelBits)) (i32.const 0) (local.get $level) (local.get $ecc))
          (call $setEcc (i64x2.extract_lane 1 (local.get $levelBits)) (i32.const 1) (local.get $level) (local.get $ecc))))
      ;; The new frontier becomes the visit set.
      (local.set $t (local.get $visit))
      (local.set $visit (local.get $next))
      (local.set $next (local.get $t))
      (br $levels)))
    (local.get $depth))
)
