;; Bit-parallel multi-source BFS (Then et al., VLDB 2015), 128 sources per pass: source i owns bit
;; (i & 63) of i64 lane (i >> 6) of one v128 per node. Same contract and outputs as msBfsBatch in
;; ../ms-bfs.ts (push levels scatter, pull levels gather, Beamer's rule on adjacency entries with
;; α = 1). Byte addresses; seen, visit, next hold 16 bytes per node; hist f64 by level; ecc i32,
;; reached and sums f64 by source (address 0 = not wanted). With $levels ≠ 0 (and reached), the
;; reached row of every level below $levelCap is copied to $levels + level·1024 (cumulative reach).
;; `batch` calls $push and $settle on CHUNK nodes at a time: V8 starts a long call in its baseline
;; tier and has no on-stack replacement for WebAssembly, but calls reach the optimised code as soon
;; as it is ready, so the first batch runs at full speed after a few chunks.
(module
  (import "env" "mem" (memory 1 65536))

  ;; What one level's chunks add up (globals: each thread has its own instance).
  (global $found (mut i64) (i64.const 0))
  (global $frontier (mut i64) (i64.const 0))
  (global $unexplored (mut i64) (i64.const 0))
  (global $levelBits (mut v128) (v128.const i64x2 0 0))
  (global $pending (mut i32) (i32.const 0))
  ;; The four register planes of the counters (see $add4) between chunks, and the nodes they hold.
  (global $c0 (mut v128) (v128.const i64x2 0 0))
  (global $c1 (mut v128) (v128.const i64x2 0 0))
  (global $c2 (mut v128) (v128.const i64x2 0 0))
  (global $c3 (mut v128) (v128.const i64x2 0 0))
  (global $tally (mut i32) (i32.const 0))

;; Per-source counts go through 16 bit-sliced counters at $counters (plane k holds bit k of
  ;; every source's count). $settle adds each node's new bits to four planes in registers, a carry
  ;; chain of eight v128 operations, and every 15 nodes (before any 4-bit count can wrap) adds
  ;; those planes to the ones in memory here; $flush moves the memory's into reached and sums.
  (func $add4 (param $c0 v128) (param $c1 v128) (param $c2 v128) (param $c3 v128) (param $a i32)
    (local $m v128) (local $carry v128)
    (local.set $m (v128.load (local.get $a)))
    (v128.store (local.get $a) (v128.xor (local.get $m) (local.get $c0)))
    (local.set $carry (v128.and (local.get $m) (local.get $c0)))
    (local.set $m (v128.load offset=16 (local.get $a)))
    (v128.store offset=16 (local.get $a) (v128.xor (v128.xor (local.get $m) (local.get $c1)) (local.get $carry)))
    (local.set $carry (v128.or (v128.and (local.get $m) (local.get $c1))
      (v128.and (local.get $carry) (v128.xor (local.get $m) (local.get $c1)))))
    (local.set $m (v128.load offset=32 (local.get $a)))
    (v128.store offset=32 (local.get $a) (v128.xor (v128.xor (local.get $m) (local.get $c2)) (local.get $carry)))
    (local.set $carry (v128.or (v128.and (local.get $m) (local.get $c2))
      (v128.and (local.get $carry) (v128.xor (local.get $m) (local.get $c2)))))
    (local.set $m (v128.load offset=48 (local.get $a)))
    (v128.store offset=48 (local.get $a) (v128.xor (v128.xor (local.get $m) (local.get $c3)) (local.get $carry)))
    (local.set $carry (v128.or (v128.and (local.get $m) (local.get $c3))
      (v128.and (local.get $carry) (v128.xor (local.get $m) (local.get $c3)))))
    (local.set $a (i32.add (local.get $a) (i32.const 64)))
    (block $done (loop $up
      (br_if $done (i32.eqz (v128.any_true (local.get $carry))))
      (local.set $m (v128.load (local.get $a)))
      (v128.store (local.get $a) (v128.xor (local.get $m) (local.get $carry)))
      (local.set $carry (v128.and (local.get $m) (local.get $carry)))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (br $up))))

    ;; reached[i] += count(i) and sums[i] += count(i)·level for every source (the planes in the
  ;; globals added first), then clears the counters.
  (func $flush (param $counters i32) (param $level i32) (param $reached i32) (param $sums i32)
    (local $k i32) (local $lane i32) (local $bits i64) (local $a i32) (local $add f64)
    (call $add4 (global.get $c0) (global.get $c1) (global.get $c2) (global.get $c3) (local.get $counters))
    (global.set $tally (i32.const 0))
    (global.set $c0 (v128.const i64x2 0 0))
    (global.set $c1 (v128.const i64x2 0 0))
    (global.set $c2 (v128.const i64x2 0 0))
    (global.set $c3 (v128.const i64x2 0 0))
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
    (memory.fill (local.get $counters) (i32.const 0) (i32.const 256))
    (global.set $pending (i32.const 0)))

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

  ;; Push, nodes [u, end): OR each frontier node's bits into its out-neighbours' next words, four
  ;; entries a turn (a repeated target gets the same bits twice: still right).
  (func $push (param $u i32) (param $end i32) (param $offs i32) (param $tgts i32) (param $visit i32) (param $next i32)
    (local $x v128) (local $a i32) (local $p i32) (local $pe i32)
    (local $t0 i32) (local $t1 i32) (local $t2 i32) (local $t3 i32)
    (block $pushed (loop $eachNode
      (br_if $pushed (i32.ge_u (local.get $u) (local.get $end)))
      (local.set $x (v128.load (i32.add (local.get $visit) (i32.shl (local.get $u) (i32.const 4)))))
      (if (v128.any_true (local.get $x))
        (then
          (local.set $a (i32.add (local.get $offs) (i32.shl (local.get $u) (i32.const 2))))
          (local.set $p (i32.add (local.get $tgts) (i32.shl (i32.load (local.get $a)) (i32.const 2))))
          (local.set $pe (i32.add (local.get $tgts) (i32.shl (i32.load offset=4 (local.get $a)) (i32.const 2))))
          (block $scattered
            (block $tail (loop $four
              (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $pe)))
              (local.set $t0 (i32.add (local.get $next) (i32.shl (i32.load (local.get $p)) (i32.const 4))))
              (local.set $t1 (i32.add (local.get $next) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 4))))
              (local.set $t2 (i32.add (local.get $next) (i32.shl (i32.load offset=8 (local.get $p)) (i32.const 4))))
              (local.set $t3 (i32.add (local.get $next) (i32.shl (i32.load offset=12 (local.get $p)) (i32.const 4))))
              (v128.store (local.get $t0) (v128.or (v128.load (local.get $t0)) (local.get $x)))
              (v128.store (local.get $t1) (v128.or (v128.load (local.get $t1)) (local.get $x)))
              (v128.store (local.get $t2) (v128.or (v128.load (local.get $t2)) (local.get $x)))
              (v128.store (local.get $t3) (v128.or (v128.load (local.get $t3)) (local.get $x)))
              (local.set $p (i32.add (local.get $p) (i32.const 16)))
              (br $four)))
            (loop $one
              (br_if $scattered (i32.ge_u (local.get $p) (local.get $pe)))
              (local.set $t0 (i32.add (local.get $next) (i32.shl (i32.load (local.get $p)) (i32.const 4))))
              (v128.store (local.get $t0) (v128.or (v128.load (local.get $t0)) (local.get $x)))
              (local.set $p (i32.add (local.get $p) (i32.const 4)))
              (br $one)))))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $eachNode))))

  ;; Settle nodes [v, end): keep their new bits, count them, measure the next frontier; on pull
  ;; levels gather them first from the in-neighbours' visit words, four entries a turn, until
  ;; every open bit is found (only seen[v] and visit[·] are read, so settling v early changes
  ;; nothing). Adds to the globals.
  (func $settle
    (param $v i32) (param $end i32) (param $pull i32) (param $full v128)
    (param $offs i32) (param $roffs i32) (param $rtgts i32) (param $seen i32) (param $visit i32) (param $next i32)
    (param $level i32) (param $reached i32) (param $sums i32) (param $counters i32)
    (local $x v128) (local $s v128) (local $open v128) (local $levelBits v128) (local $y v128) (local $carry v128)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local $a i32) (local $t i32) (local $p i32) (local $pe i32) (local $pending i32) (local $tally i32)
    (local $degree i64) (local $found i64) (local $frontier i64) (local $unexplored i64)
    (local.set $c0 (global.get $c0))
    (local.set $c1 (global.get $c1))
    (local.set $c2 (global.get $c2))
    (local.set $c3 (global.get $c3))
    (local.set $pending (global.get $pending))
    (local.set $tally (global.get $tally))
    (block $settled (loop $eachNode
      (br_if $settled (i32.ge_u (local.get $v) (local.get $end)))
      (local.set $a (i32.shl (local.get $v) (i32.const 4)))
      (local.set $s (v128.load (i32.add (local.get $seen) (local.get $a))))
      (local.set $open (v128.andnot (local.get $full) (local.get $s)))
      (if (local.get $pull)
        (then
          (local.set $x (v128.const i64x2 0 0))
          (if (v128.any_true (local.get $open))
            (then
              (local.set $t (i32.add (local.get $roffs) (i32.shl (local.get $v) (i32.const 2))))
              (local.set $p (i32.add (local.get $rtgts) (i32.shl (i32.load (local.get $t)) (i32.const 2))))
              (local.set $pe (i32.add (local.get $rtgts) (i32.shl (i32.load offset=4 (local.get $t)) (i32.const 2))))
              (block $gathered
                (block $tail (loop $four
                  (br_if $tail (i32.gt_u (i32.add (local.get $p) (i32.const 16)) (local.get $pe)))
                  (local.set $x (v128.or (local.get $x) (v128.or
                    (v128.or
                      (v128.load (i32.add (local.get $visit) (i32.shl (i32.load (local.get $p)) (i32.const 4))))
                      (v128.load (i32.add (local.get $visit) (i32.shl (i32.load offset=4 (local.get $p)) (i32.const 4)))))
                    (v128.or
                      (v128.load (i32.add (local.get $visit) (i32.shl (i32.load offset=8 (local.get $p)) (i32.const 4))))
                      (v128.load (i32.add (local.get $visit) (i32.shl (i32.load offset=12 (local.get $p)) (i32.const 4))))))))
                  (local.set $p (i32.add (local.get $p) (i32.const 16)))
                  (br_if $gathered (i32.eqz (v128.any_true (v128.andnot (local.get $open) (local.get $x)))))
                  (br $four)))
                (loop $one
                  (br_if $gathered (i32.ge_u (local.get $p) (local.get $pe)))
                  (local.set $x (v128.or (local.get $x)
                    (v128.load (i32.add (local.get $visit) (i32.shl (i32.load (local.get $p)) (i32.const 4))))))
                  (local.set $p (i32.add (local.get $p) (i32.const 4)))
                  (br $one)))))
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
          (local.set $found (i64.add (local.get $found)
            (i64.add (i64.popcnt (i64x2.extract_lane 0 (local.get $x))) (i64.popcnt (i64x2.extract_lane 1 (local.get $x))))))
          (if (local.get $reached)
            (then
              ;; Add x to the register planes; every 15 nodes, add those to the memory's.
              (local.set $carry (v128.and (local.get $c0) (local.get $x)))
              (local.set $c0 (v128.xor (local.get $c0) (local.get $x)))
              (local.set $y (v128.and (local.get $c1) (local.get $carry)))
              (local.set $c1 (v128.xor (local.get $c1) (local.get $carry)))
              (local.set $carry (v128.and (local.get $c2) (local.get $y)))
              (local.set $c2 (v128.xor (local.get $c2) (local.get $y)))
              (local.set $c3 (v128.xor (local.get $c3) (local.get $carry)))
              (local.set $tally (i32.add (local.get $tally) (i32.const 1)))
              (if (i32.eq (local.get $tally) (i32.const 15))
                (then
                  (call $add4 (local.get $c0) (local.get $c1) (local.get $c2) (local.get $c3) (local.get $counters))
                  (local.set $c0 (v128.const i64x2 0 0))
                  (local.set $c1 (v128.const i64x2 0 0))
                  (local.set $c2 (v128.const i64x2 0 0))
                  (local.set $c3 (v128.const i64x2 0 0))
                  (local.set $tally (i32.const 0))))
              (local.set $pending (i32.add (local.get $pending) (i32.const 1)))
              ;; 16-bit counters: flush before any can reach 2^16.
              (if (i32.ge_u (local.get $pending) (i32.const 65535))
                (then
                  (global.set $c0 (local.get $c0))
                  (global.set $c1 (local.get $c1))
                  (global.set $c2 (local.get $c2))
                  (global.set $c3 (local.get $c3))
                  (global.set $tally (local.get $tally))
                  (call $flush (local.get $counters) (local.get $level) (local.get $reached) (local.get $sums))
                  (local.set $c0 (v128.const i64x2 0 0))
                  (local.set $c1 (v128.const i64x2 0 0))
                  (local.set $c2 (v128.const i64x2 0 0))
                  (local.set $c3 (v128.const i64x2 0 0))
                  (local.set $tally (i32.const 0))
                  (local.set $pending (i32.const 0))))))))
      (local.set $v (i32.add (local.get $v) (i32.const 1)))
      (br $eachNode)))
    (global.set $c0 (local.get $c0))
    (global.set $c1 (local.get $c1))
    (global.set $c2 (local.get $c2))
    (global.set $c3 (local.get $c3))
    (global.set $pending (local.get $pending))
    (global.set $tally (local.get $tally))
    (global.set $found (i64.add (global.get $found) (local.get $found)))
    (global.set $frontier (i64.add (global.get $frontier) (local.get $frontier)))
    (global.set $unexplored (i64.add (global.get $unexplored) (local.get $unexplored)))
    (global.set $levelBits (v128.or (global.get $levelBits) (local.get $levelBits))))

  ;; One batch from the sources at $srcs (count ≤ 128 i32 ids); returns the deepest level reached.
  (func (export "batch")
    (param $n i32) (param $offs i32) (param $tgts i32) (param $roffs i32) (param $rtgts i32)
    (param $seen i32) (param $visit i32) (param $next i32) (param $srcs i32) (param $count i32)
    (param $hist i32) (param $ecc i32) (param $reached i32) (param $sums i32) (param $maxDistance i32)
    (param $levels i32) (param $levelCap i32) (param $counters i32)
    (result i32)
    (local $full v128) (local $levelBits v128)
    (local $i i32) (local $u i32) (local $a i32) (local $t i32) (local $chunkEnd i32)
    (local $depth i32) (local $level i32) (local $pull i32)
    (local $frontier i64) (local $unexplored i64) (local $found i64)
    (local.set $full (call $fullMask (local.get $count)))
    (memory.fill (local.get $seen) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
    (memory.fill (local.get $visit) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
    (global.set $c0 (v128.const i64x2 0 0))
    (global.set $c1 (v128.const i64x2 0 0))
    (global.set $c2 (v128.const i64x2 0 0))
    (global.set $c3 (v128.const i64x2 0 0))
    (global.set $pending (i32.const 0))
    (global.set $tally (i32.const 0))
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
    (block $finished (loop $eachLevel
      (br_if $finished (i32.ge_s (local.get $depth) (local.get $maxDistance)))
      (local.set $level (i32.add (local.get $depth) (i32.const 1)))
      ;; Beamer's rule with α = 1 (bench/separation.bench.ts: pulling 128 bits pays only when the
      ;; frontier's entries outnumber the unexplored ones, as few rows end early).
      (local.set $pull (i64.gt_s (local.get $frontier) (local.get $unexplored)))
      (global.set $found (i64.const 0))
      (global.set $frontier (i64.const 0))
      (global.set $unexplored (i64.const 0))
      (global.set $levelBits (v128.const i64x2 0 0))
      (if (i32.eqz (local.get $pull))
        (then
          (memory.fill (local.get $next) (i32.const 0) (i32.shl (local.get $n) (i32.const 4)))
          (local.set $u (i32.const 0))
          (block $pushed (loop $pushChunks
            (br_if $pushed (i32.ge_u (local.get $u) (local.get $n)))
            (local.set $chunkEnd (i32.add (local.get $u) (i32.const 16384)))
            (if (i32.gt_u (local.get $chunkEnd) (local.get $n)) (then (local.set $chunkEnd (local.get $n))))
            (call $push (local.get $u) (local.get $chunkEnd) (local.get $offs) (local.get $tgts) (local.get $visit) (local.get $next))
            (local.set $u (local.get $chunkEnd))
            (br $pushChunks)))))
      (local.set $u (i32.const 0))
      (block $settled (loop $settleChunks
        (br_if $settled (i32.ge_u (local.get $u) (local.get $n)))
        (local.set $chunkEnd (i32.add (local.get $u) (i32.const 16384)))
        (if (i32.gt_u (local.get $chunkEnd) (local.get $n)) (then (local.set $chunkEnd (local.get $n))))
        (call $settle (local.get $u) (local.get $chunkEnd) (local.get $pull) (local.get $full)
          (local.get $offs) (local.get $roffs) (local.get $rtgts) (local.get $seen) (local.get $visit) (local.get $next)
          (local.get $level) (local.get $reached) (local.get $sums) (local.get $counters))
        (local.set $u (local.get $chunkEnd))
        (br $settleChunks)))
      (local.set $found (global.get $found))
      (local.set $frontier (global.get $frontier))
      (local.set $unexplored (global.get $unexplored))
      (local.set $levelBits (global.get $levelBits))
      (if (local.get $reached)
        (then (call $flush (local.get $counters) (local.get $level) (local.get $reached) (local.get $sums))))
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
      (br $eachLevel)))
    (local.get $depth))
)
