;; The direct counting sort of src/csr/scatter.ts (scatterDirect), in WebAssembly, for the index
;; built in its heap from edges that live there (the edge-list parser's path, csr/heap-scatter.ts):
;; count per row, bounds, place every entry in edge order, drop repeats row by row (first
;; occurrence kept). Same output, byte for byte, as the blocked build of scatter-kernel.wat, whose
;; $dropRepeats this repeats, so that the core's index build does not carry this path. Byte addresses.
(module
  (import "env" "mem" (memory 1 65536))

  ;; Compacts rows [from, to) (the last one ending at $end) to start at $write, keeping the first
  ;; occurrence of each entry, rewriting their bounds; $bits is all zeros before and after.
  (func $dropRepeats (param $offsets i32) (param $entries i32) (param $from i32) (param $to i32) (param $end i32) (param $write i32) (param $bits i32) (result i32)
    (local $u i32) (local $start i32) (local $stop i32) (local $first i32) (local $j i32) (local $v i32) (local $wp i32) (local $bit i32) (local $word i32)
    (local.set $start (i32.load (i32.add (local.get $offsets) (i32.shl (local.get $from) (i32.const 2)))))
    (local.set $u (local.get $from))
    (block $rowsDone (loop $rows
      (br_if $rowsDone (i32.ge_s (local.get $u) (local.get $to)))
      (local.set $stop (if (result i32) (i32.lt_s (i32.add (local.get $u) (i32.const 1)) (local.get $to))
        (then (i32.load offset=4 (i32.add (local.get $offsets) (i32.shl (local.get $u) (i32.const 2)))))
        (else (local.get $end))))
      (local.set $first (local.get $write))
      (i32.store (i32.add (local.get $offsets) (i32.shl (local.get $u) (i32.const 2))) (local.get $first))
      (local.set $j (local.get $start))
      (block $entriesDone (loop $each
        (br_if $entriesDone (i32.ge_s (local.get $j) (local.get $stop)))
        (local.set $v (i32.load (i32.add (local.get $entries) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $wp (i32.add (local.get $bits) (i32.shl (i32.shr_u (local.get $v) (i32.const 5)) (i32.const 2))))
        (local.set $word (i32.load (local.get $wp)))
        (local.set $bit (i32.shl (i32.const 1) (local.get $v)))
        (if (i32.eqz (i32.and (local.get $word) (local.get $bit)))
          (then
            (i32.store (local.get $wp) (i32.or (local.get $word) (local.get $bit)))
            (i32.store (i32.add (local.get $entries) (i32.shl (local.get $write) (i32.const 2))) (local.get $v))
            (local.set $write (i32.add (local.get $write) (i32.const 1)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $each)))
      ;; Clear this row's bits.
      (local.set $j (local.get $first))
      (block $clearDone (loop $clear
        (br_if $clearDone (i32.ge_s (local.get $j) (local.get $write)))
        (i32.store (i32.add (local.get $bits) (i32.shl (i32.shr_u (i32.load (i32.add (local.get $entries) (i32.shl (local.get $j) (i32.const 2)))) (i32.const 5)) (i32.const 2)))
          (i32.const 0))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $clear)))
      (local.set $start (local.get $stop))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $rows)))
    (local.get $write))

  ;; The direct counting sort (scatterDirect of src/csr/scatter.ts) for graphs whose row bounds stay
  ;; in cache (n up to a few million): count per row, bounds, place every entry, drop repeats row by
  ;; row. Same output, byte for byte, as the blocked build. $cursor holds n words. Returns the
  ;; entries kept; offsets[n] is set to it; self-loops and entries placed into i32 $st[0], $st[1].
  (func (export "direct")
    (param $n i32) (param $m i32) (param $src i32) (param $dst i32)
    (param $directed i32) (param $reverse i32) (param $simplify i32)
    (param $cursor i32) (param $bits i32) (param $offsets i32) (param $entries i32) (param $st i32)
    (result i32)
    (local $i i32) (local $a i32) (local $b i32) (local $from i32) (local $to i32) (local $selfLoops i32)
    (local $p i32) (local $u i32) (local $at i32) (local $total i32) (local $write i32) (local $cp i32)
    (local $undirected i32)
    ;; No per-edge flags here: an edge gives its second entry when undirected and not a self-loop
    ;; (tested inline: a call per edge to $both cost more than the test).
    (local.set $undirected (i32.eqz (local.get $directed)))
    ;; 1. Entries per row, into offsets[row + 1].
    (memory.fill (local.get $offsets) (i32.const 0) (i32.shl (i32.add (local.get $n) (i32.const 1)) (i32.const 2)))
    (block $countDone (loop $count
      (br_if $countDone (i32.ge_s (local.get $i) (local.get $m)))
      (local.set $a (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $b (i32.load (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))))
      (block $next
        (if (i32.eq (local.get $a) (local.get $b))
          (then
            (local.set $selfLoops (i32.add (local.get $selfLoops) (i32.const 1)))
            (br_if $next (local.get $simplify))))
        (local.set $from (select (local.get $b) (local.get $a) (local.get $reverse)))
        (local.set $to (select (local.get $a) (local.get $b) (local.get $reverse)))
        (local.set $p (i32.add (local.get $offsets) (i32.shl (local.get $from) (i32.const 2))))
        (i32.store offset=4 (local.get $p) (i32.add (i32.load offset=4 (local.get $p)) (i32.const 1)))
        (if (i32.and (local.get $undirected) (i32.ne (local.get $a) (local.get $b)))
          (then
            (local.set $p (i32.add (local.get $offsets) (i32.shl (local.get $to) (i32.const 2))))
            (i32.store offset=4 (local.get $p) (i32.add (i32.load offset=4 (local.get $p)) (i32.const 1))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $count)))
    ;; 2. Bounds, and each row's cursor at its start.
    (block $sumDone (loop $sum
      (br_if $sumDone (i32.ge_s (local.get $u) (local.get $n)))
      (local.set $p (i32.add (local.get $offsets) (i32.shl (local.get $u) (i32.const 2))))
      (local.set $at (i32.load (local.get $p)))
      (i32.store (i32.add (local.get $cursor) (i32.shl (local.get $u) (i32.const 2))) (local.get $at))
      (i32.store offset=4 (local.get $p) (i32.add (i32.load offset=4 (local.get $p)) (local.get $at)))
      (local.set $u (i32.add (local.get $u) (i32.const 1)))
      (br $sum)))
    (local.set $total (i32.load (i32.add (local.get $offsets) (i32.shl (local.get $n) (i32.const 2)))))
    ;; 3. Place every entry, in edge order.
    (local.set $i (i32.const 0))
    (block $placeDone (loop $place
      (br_if $placeDone (i32.ge_s (local.get $i) (local.get $m)))
      (local.set $a (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $b (i32.load (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))))
      (block $skip
        (br_if $skip (i32.and (i32.eq (local.get $a) (local.get $b)) (i32.ne (local.get $simplify) (i32.const 0))))
        (local.set $from (select (local.get $b) (local.get $a) (local.get $reverse)))
        (local.set $to (select (local.get $a) (local.get $b) (local.get $reverse)))
        (local.set $cp (i32.add (local.get $cursor) (i32.shl (local.get $from) (i32.const 2))))
        (local.set $p (i32.load (local.get $cp)))
        (i32.store (local.get $cp) (i32.add (local.get $p) (i32.const 1)))
        (i32.store (i32.add (local.get $entries) (i32.shl (local.get $p) (i32.const 2))) (local.get $to))
        (if (i32.and (local.get $undirected) (i32.ne (local.get $a) (local.get $b)))
          (then
            (local.set $cp (i32.add (local.get $cursor) (i32.shl (local.get $to) (i32.const 2))))
            (local.set $p (i32.load (local.get $cp)))
            (i32.store (local.get $cp) (i32.add (local.get $p) (i32.const 1)))
            (i32.store (i32.add (local.get $entries) (i32.shl (local.get $p) (i32.const 2))) (local.get $from)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $place)))
    ;; 4. Repeats out, row by row.
    (local.set $write (local.get $total))
    (if (local.get $simplify)
      (then (local.set $write (call $dropRepeats (local.get $offsets) (local.get $entries) (i32.const 0) (local.get $n) (local.get $total) (i32.const 0) (local.get $bits)))))
    (i32.store (i32.add (local.get $offsets) (i32.shl (local.get $n) (i32.const 2))) (local.get $write))
    (i32.store (local.get $st) (local.get $selfLoops))
    (i32.store offset=4 (local.get $st) (local.get $total))
    (local.get $write))
)
