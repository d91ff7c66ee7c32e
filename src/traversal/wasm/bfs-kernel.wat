;; Single-source BFS levels for handshakes (wasm-level-steps.ts drives them). Every array
;; lives in the imported memory; parameters are byte addresses. Same contracts as the JS steps
;; in ../bfs-steps.ts: queue holds visited nodes level after level, dist[v] = -1 when unreached,
;; bitmaps are i32 words, bit (v & 31) of word (v >> 5). State block at $st: i32 tail (+0),
;; i32 nextEdges (+4), f64 scanned (+8, accumulated).
(module
  (import "env" "mem" (memory 1 65536))

  ;; Expands queue[from, to) (nodes at distance $depth) top-down.
  (func (export "topDown")
    (param $offs i32) (param $tgts i32) (param $dist i32) (param $queue i32)
    (param $from i32) (param $to i32) (param $depth i32) (param $countEdges i32) (param $st i32)
    (local $next i32) (local $tail i32) (local $i i32) (local $u i32) (local $j i32) (local $end i32)
    (local $v i32) (local $dv i32) (local $scanned i32) (local $nextEdges i32) (local $p i32)
    (local.set $next (i32.add (local.get $depth) (i32.const 1)))
    (local.set $tail (i32.load (local.get $st)))
    (local.set $i (local.get $from))
    (block $levelDone (loop $frontier
      (br_if $levelDone (i32.ge_s (local.get $i) (local.get $to)))
      (local.set $u (i32.load (i32.add (local.get $queue) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $p (i32.add (local.get $offs) (i32.shl (local.get $u) (i32.const 2))))
      (local.set $j (i32.load (local.get $p)))
      (local.set $end (i32.load offset=4 (local.get $p)))
      (local.set $scanned (i32.add (local.get $scanned) (i32.sub (local.get $end) (local.get $j))))
      (block $edgesDone (loop $edges
        (br_if $edgesDone (i32.ge_s (local.get $j) (local.get $end)))
        (local.set $v (i32.load (i32.add (local.get $tgts) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $dv (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 2))))
        (if (i32.eq (i32.load (local.get $dv)) (i32.const -1))
          (then
            (i32.store (local.get $dv) (local.get $next))
            (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $v))
            (local.set $tail (i32.add (local.get $tail) (i32.const 1)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $edges)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $frontier)))
    ;; Degrees of the new frontier, in one pass after the level.
    (if (local.get $countEdges)
      (then
        (local.set $i (local.get $to))
        (block $sumDone (loop $sum
          (br_if $sumDone (i32.ge_s (local.get $i) (local.get $tail)))
          (local.set $p (i32.add (local.get $offs)
            (i32.shl (i32.load (i32.add (local.get $queue) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2))))
          (local.set $nextEdges (i32.add (local.get $nextEdges)
            (i32.sub (i32.load offset=4 (local.get $p)) (i32.load (local.get $p)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $sum)))))
    (i32.store (local.get $st) (local.get $tail))
    (i32.store offset=4 (local.get $st) (local.get $nextEdges))
    (f64.store offset=8 (local.get $st)
      (f64.add (f64.load offset=8 (local.get $st)) (f64.convert_i32_u (local.get $scanned)))))

  ;; Finds the nodes at distance $depth + 1 bottom-up: every node not in $seen scans its reverse
  ;; adjacency for a member of $front and stops at the first. Writes every word of $nextFront.
  (func (export "bottomUp")
    (param $n i32) (param $offs i32) (param $roffs i32) (param $rtgts i32) (param $dist i32) (param $queue i32)
    (param $front i32) (param $nextFront i32) (param $seen i32) (param $words i32) (param $depth i32) (param $st i32)
    (local $next i32) (local $tail i32) (local $w i32) (local $visited i32) (local $open i32) (local $found i32)
    (local $bit i32) (local $v i32) (local $j i32) (local $start i32) (local $end i32) (local $u i32)
    (local $scanned i32) (local $nextEdges i32) (local $p i32) (local $wp i32)
    (local.set $next (i32.add (local.get $depth) (i32.const 1)))
    (local.set $tail (i32.load (local.get $st)))
    (block $wordsDone (loop $wordLoop
      (br_if $wordsDone (i32.ge_s (local.get $w) (local.get $words)))
      (local.set $wp (i32.shl (local.get $w) (i32.const 2)))
      (local.set $visited (i32.load (i32.add (local.get $seen) (local.get $wp))))
      (local.set $found (i32.const 0))
      (if (i32.ne (local.get $visited) (i32.const -1))
        (then
          (local.set $open (i32.xor (local.get $visited) (i32.const -1)))
          (block $bitsDone (loop $bits
            (br_if $bitsDone (i32.eqz (local.get $open)))
            (local.set $bit (i32.ctz (local.get $open)))
            (local.set $open (i32.and (local.get $open) (i32.sub (local.get $open) (i32.const 1))))
            (local.set $v (i32.add (i32.shl (local.get $w) (i32.const 5)) (local.get $bit)))
            (br_if $bitsDone (i32.ge_s (local.get $v) (local.get $n)))
            (local.set $p (i32.add (local.get $roffs) (i32.shl (local.get $v) (i32.const 2))))
            (local.set $start (i32.load (local.get $p)))
            (local.set $end (i32.load offset=4 (local.get $p)))
            (local.set $j (local.get $start))
            (block $miss (block $hit (loop $scan
              (br_if $miss (i32.ge_s (local.get $j) (local.get $end)))
              (local.set $u (i32.load (i32.add (local.get $rtgts) (i32.shl (local.get $j) (i32.const 2)))))
              (br_if $hit (i32.and
                (i32.load (i32.add (local.get $front) (i32.shl (i32.shr_u (local.get $u) (i32.const 5)) (i32.const 2))))
                (i32.shl (i32.const 1) (local.get $u))))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br $scan)))
              ;; $hit: a parent in the frontier
              (local.set $scanned (i32.add (local.get $scanned) (i32.add (i32.sub (local.get $j) (local.get $start)) (i32.const 1))))
              (local.set $found (i32.or (local.get $found) (i32.shl (i32.const 1) (local.get $bit))))
              (i32.store (i32.add (local.get $dist) (i32.shl (local.get $v) (i32.const 2))) (local.get $next))
              (i32.store (i32.add (local.get $queue) (i32.shl (local.get $tail) (i32.const 2))) (local.get $v))
              (local.set $tail (i32.add (local.get $tail) (i32.const 1)))
              (local.set $p (i32.add (local.get $offs) (i32.shl (local.get $v) (i32.const 2))))
              (local.set $nextEdges (i32.add (local.get $nextEdges) (i32.sub (i32.load offset=4 (local.get $p)) (i32.load (local.get $p)))))
              (br $bits))
            ;; $miss: no parent yet
            (local.set $scanned (i32.add (local.get $scanned) (i32.sub (local.get $end) (local.get $start))))
            (br $bits)))
          (if (local.get $found)
            (then (i32.store (i32.add (local.get $seen) (local.get $wp)) (i32.or (local.get $visited) (local.get $found)))))))
      (i32.store (i32.add (local.get $nextFront) (local.get $wp)) (local.get $found))
      (local.set $w (i32.add (local.get $w) (i32.const 1)))
      (br $wordLoop)))
    (i32.store (local.get $st) (local.get $tail))
    (i32.store offset=4 (local.get $st) (local.get $nextEdges))
    (f64.store offset=8 (local.get $st)
      (f64.add (f64.load offset=8 (local.get $st)) (f64.convert_i32_u (local.get $scanned)))))

  ;; Clears $bits ($words words) and sets the bit of every node in queue[from, to).
  (func (export "markBits") (param $bits i32) (param $words i32) (param $queue i32) (param $from i32) (param $to i32)
    (local $v i32) (local $p i32)
    (memory.fill (local.get $bits) (i32.const 0) (i32.shl (local.get $words) (i32.const 2)))
    (block $done (loop $mark
      (br_if $done (i32.ge_s (local.get $from) (local.get $to)))
      (local.set $v (i32.load (i32.add (local.get $queue) (i32.shl (local.get $from) (i32.const 2)))))
      (local.set $p (i32.add (local.get $bits) (i32.shl (i32.shr_u (local.get $v) (i32.const 5)) (i32.const 2))))
      (i32.store (local.get $p) (i32.or (i32.load (local.get $p)) (i32.shl (i32.const 1) (local.get $v))))
      (local.set $from (i32.add (local.get $from) (i32.const 1)))
      (br $mark))))

  ;; Sets dist[queue[i]] = -1 for i in [0, count): undoes the last run.
  (func (export "resetDist") (param $dist i32) (param $queue i32) (param $count i32)
    (local $i i32)
    (block $done (loop $reset
      (br_if $done (i32.ge_s (local.get $i) (local.get $count)))
      (i32.store (i32.add (local.get $dist) (i32.shl (i32.load (i32.add (local.get $queue) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2)))
        (i32.const -1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $reset))))
)
