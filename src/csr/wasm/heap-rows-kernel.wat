;; One thread's share of an undirected index built in a shared memory by several threads
;; (src/csr/wasm/heap-row-share.ts, the worker-parallel edge-list reader's): entries per row counted
;; over a part of the edges, then the rows of a range placed in edge order from every edge, then
;; repeats dropped ($dropRepeats as in scatter-kernel.wat). Its own module, so the core's index
;; build (fromEdges, toCsr) does not carry it. Byte addresses; self-loops counted into i32 at $st.
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

  ;; One thread's share of an undirected build, rows [lo, lo + span) (csr/heap-row-share.ts): its
;; entries per row added into $counts (span words; accumulates, so edge segments may come one by
;; one); self-loops of its rows added into i32 $st[0]. Returns the entries counted by this call.
  (func (export "countRows")
    (param $m i32) (param $src i32) (param $dst i32) (param $lo i32) (param $span i32) (param $simplify i32)
    (param $counts i32) (param $st i32)
    (result i32)
    (local $i i32) (local $a i32) (local $b i32) (local $p i32) (local $added i32) (local $selfLoops i32)
    (block $done (loop $each
      (br_if $done (i32.ge_s (local.get $i) (local.get $m)))
      (local.set $a (i32.sub (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))) (local.get $lo)))
      (local.set $b (i32.sub (i32.load (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))) (local.get $lo)))
      (block $next
        (if (i32.eq (local.get $a) (local.get $b))
          (then
            (br_if $next (i32.ge_u (local.get $a) (local.get $span)))
            (local.set $selfLoops (i32.add (local.get $selfLoops) (i32.const 1)))
            (br_if $next (local.get $simplify))
            (local.set $p (i32.add (local.get $counts) (i32.shl (local.get $a) (i32.const 2))))
            (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
            (local.set $added (i32.add (local.get $added) (i32.const 1)))
            (br $next)))
        (if (i32.lt_u (local.get $a) (local.get $span))
          (then
            (local.set $p (i32.add (local.get $counts) (i32.shl (local.get $a) (i32.const 2))))
            (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
            (local.set $added (i32.add (local.get $added) (i32.const 1)))))
        (if (i32.lt_u (local.get $b) (local.get $span))
          (then
            (local.set $p (i32.add (local.get $counts) (i32.shl (local.get $b) (i32.const 2))))
            (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
            (local.set $added (i32.add (local.get $added) (i32.const 1))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))
    (i32.store (local.get $st) (i32.add (i32.load (local.get $st)) (local.get $selfLoops)))
    (local.get $added))

  ;; The same share's entries placed, in edge order (per edge the a-row entry, then the b-row one):
  ;; $cursor (span words) holds each row's next position in $entries and is advanced.
  (func (export "placeRows")
    (param $m i32) (param $src i32) (param $dst i32) (param $lo i32) (param $span i32) (param $simplify i32)
    (param $cursor i32) (param $entries i32)
    (local $i i32) (local $u i32) (local $v i32) (local $a i32) (local $b i32) (local $cp i32) (local $p i32)
    (block $done (loop $each
      (br_if $done (i32.ge_s (local.get $i) (local.get $m)))
      (local.set $u (i32.load (i32.add (local.get $src) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $v (i32.load (i32.add (local.get $dst) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $a (i32.sub (local.get $u) (local.get $lo)))
      (local.set $b (i32.sub (local.get $v) (local.get $lo)))
      (block $next
        (br_if $next (i32.and (i32.eq (local.get $a) (local.get $b)) (i32.ne (local.get $simplify) (i32.const 0))))
        (if (i32.lt_u (local.get $a) (local.get $span))
          (then
            (local.set $cp (i32.add (local.get $cursor) (i32.shl (local.get $a) (i32.const 2))))
            (local.set $p (i32.load (local.get $cp)))
            (i32.store (local.get $cp) (i32.add (local.get $p) (i32.const 1)))
            (i32.store (i32.add (local.get $entries) (i32.shl (local.get $p) (i32.const 2))) (local.get $v))))
        (br_if $next (i32.eq (local.get $a) (local.get $b)))
        (if (i32.lt_u (local.get $b) (local.get $span))
          (then
            (local.set $cp (i32.add (local.get $cursor) (i32.shl (local.get $b) (i32.const 2))))
            (local.set $p (i32.load (local.get $cp)))
            (i32.store (local.get $cp) (i32.add (local.get $p) (i32.const 1)))
            (i32.store (i32.add (local.get $entries) (i32.shl (local.get $p) (i32.const 2))) (local.get $u)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each))))

  ;; $dropRepeats exported: rows [from, to) compacted to start at $write (see above).
  (func (export "dropRows")
    (param $offsets i32) (param $entries i32) (param $from i32) (param $to i32) (param $end i32) (param $write i32) (param $bits i32)
    (result i32)
    (call $dropRepeats (local.get $offsets) (local.get $entries) (local.get $from) (local.get $to) (local.get $end) (local.get $write) (local.get $bits)))
)
