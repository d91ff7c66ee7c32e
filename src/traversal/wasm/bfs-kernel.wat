;; Single-source BFS for handshakes: level steps and whole-BFS level counts (table: bfs-kernel.ts,
;; driver: wasm-level-steps.ts). Every array lives in the imported memory; parameters are byte
;; addresses. Same contracts as the JS steps in ../bfs-steps.ts:
;; queue holds visited nodes level after level, dist[v] = -1 when unreached,
;; bitmaps are i32 words, bit (v & 31) of word (v >> 5). State block at $st: i32 tail (+0),
;; i32 nextEdges (+4), f64 scanned (+8, accumulated).
(module
  (import "env" "mem" (memory 1 65536))

  ;; Expands queue[from, to) (nodes at distance $depth) top-down.
  (func $topDown (export "topDown")
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

  ;; Expands top-down level after level from queue[from, to) (nodes at distance $depth), in one
  ;; call while levels stay small: a path of 10^6 levels paid a call and a driver turn per level
  ;; (0.3 s a BFS). Writes the queue index past each new level to $ends (i32s) and returns the
  ;; number of levels expanded. Stops after $maxLevels, once a level is empty, once the new
  ;; frontier exceeds $maxFrontier nodes, or, when $alpha > 0, once Beamer's rule would turn to
  ;; bottom-up (frontier edges > unexplored edges / alpha, $unexplored updated as the driver
  ;; does; left at $st + 16), so the driver's decisions are the same as level by level.
  (func (export "topDownRun")
    (param $offs i32) (param $tgts i32) (param $dist i32) (param $queue i32)
    (param $from i32) (param $to i32) (param $depth i32) (param $maxLevels i32) (param $maxFrontier i32)
    (param $unexplored f64) (param $alpha f64) (param $ends i32) (param $st i32) (result i32)
    (local $levels i32) (local $tail i32) (local $nextEdges f64)
    (block $done (loop $level
      (call $topDown (local.get $offs) (local.get $tgts) (local.get $dist) (local.get $queue)
        (local.get $from) (local.get $to) (local.get $depth) (i32.const 1) (local.get $st))
      (local.set $tail (i32.load (local.get $st)))
      (local.set $nextEdges (f64.convert_i32_u (i32.load offset=4 (local.get $st))))
      (i32.store (i32.add (local.get $ends) (i32.shl (local.get $levels) (i32.const 2))) (local.get $tail))
      (local.set $levels (i32.add (local.get $levels) (i32.const 1)))
      (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
      (local.set $unexplored (f64.sub (local.get $unexplored) (local.get $nextEdges)))
      (br_if $done (i32.eq (local.get $tail) (local.get $to)))
      (br_if $done (i32.ge_s (local.get $levels) (local.get $maxLevels)))
      (br_if $done (i32.gt_s (i32.sub (local.get $tail) (local.get $to)) (local.get $maxFrontier)))
      (br_if $done (i32.and (f64.gt (local.get $alpha) (f64.const 0))
        (f64.gt (f64.mul (local.get $nextEdges) (local.get $alpha)) (local.get $unexplored))))
      (local.set $from (local.get $to))
      (local.set $to (local.get $tail))
      (br $level)))
    (f64.store offset=16 (local.get $st) (local.get $unexplored))
    (local.get $levels))

  ;; A whole top-down BFS from $source in one call, for sampling and counting on deep, thin graphs
  ;; (paths, cycles, grids): no call, no driver turn and no level record per level (a 10^7-level
  ;; path paid them 10^7 times). Expands until a level is empty or nodes at $maxDistance are
  ;; found, writing counts[d] = nodes at distance d while d < $capacity; then resets dist to -1
  ;; (one fill once more than n/8 nodes were visited: a grid's BFS order scatters them). Deeper
  ;; BFS (paths, cycles) count instead in one pass over the queue, in place over queue[0 … levels)
  ;; (level d ends at or past index d, so slot d is read before it is written), reading dist as
  ;; they reset it. Returns levels (eccentricity + 1); leaves the i32 visited at $st + 0, the last
  ;; node visited (a farthest one) at $st + 4, and adds the entries scanned to the f64 at $st + 8.
  (func (export "levelCounts")
    (param $n i32) (param $offs i32) (param $tgts i32) (param $dist i32) (param $queue i32)
    (param $source i32) (param $maxDistance i32) (param $counts i32) (param $capacity i32) (param $st i32)
    (result i32)
    (local $head i32) (local $tail i32) (local $levelEnd i32) (local $next i32) (local $u i32)
    (local $j i32) (local $end i32) (local $v i32) (local $dv i32) (local $p i32) (local $scanned f64)
    (local $level i32) (local $start i32) (local $d i32)
    (i32.store (i32.add (local.get $dist) (i32.shl (local.get $source) (i32.const 2))) (i32.const 0))
    (i32.store (local.get $queue) (local.get $source))
    (i32.store (local.get $counts) (i32.const 1))
    (local.set $tail (i32.const 1))
    (local.set $levelEnd (i32.const 1))
    (block $search
      (br_if $search (i32.le_s (local.get $maxDistance) (i32.const 0)))
      (loop $levelLoop
        (local.set $next (i32.add (local.get $next) (i32.const 1)))
        (block $levelDone (loop $nodes
          (br_if $levelDone (i32.ge_s (local.get $head) (local.get $levelEnd)))
          (local.set $u (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))))
          (local.set $p (i32.add (local.get $offs) (i32.shl (local.get $u) (i32.const 2))))
          (local.set $j (i32.load (local.get $p)))
          (local.set $end (i32.load offset=4 (local.get $p)))
          (local.set $scanned (f64.add (local.get $scanned) (f64.convert_i32_s (i32.sub (local.get $end) (local.get $j)))))
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
          (local.set $head (i32.add (local.get $head) (i32.const 1)))
          (br $nodes)))
        (br_if $search (i32.eq (local.get $tail) (local.get $levelEnd)))
        (local.set $level (local.get $next))
        (if (i32.lt_s (local.get $next) (local.get $capacity))
          (then (i32.store (i32.add (local.get $counts) (i32.shl (local.get $next) (i32.const 2)))
            (i32.sub (local.get $tail) (local.get $levelEnd)))))
        (local.set $levelEnd (local.get $tail))
        (br_if $levelLoop (i32.lt_s (local.get $next) (local.get $maxDistance)))))
    (i32.store (local.get $st) (local.get $tail))
    (i32.store offset=4 (local.get $st)
      (i32.load (i32.add (local.get $queue) (i32.shl (i32.sub (local.get $tail) (i32.const 1)) (i32.const 2)))))
    (f64.store offset=8 (local.get $st) (f64.add (f64.load offset=8 (local.get $st)) (local.get $scanned)))
    (if (i32.lt_s (local.get $level) (local.get $capacity))
      (then
        (if (i32.gt_s (local.get $tail) (i32.shr_u (local.get $n) (i32.const 3)))
          (then (memory.fill (local.get $dist) (i32.const 255) (i32.shl (local.get $n) (i32.const 2))))
          (else
            (local.set $head (i32.const 0))
            (block $resetDone (loop $reset
              (br_if $resetDone (i32.ge_s (local.get $head) (local.get $tail)))
              (i32.store (i32.add (local.get $dist)
                (i32.shl (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))) (i32.const 2)))
                (i32.const -1))
              (local.set $head (i32.add (local.get $head) (i32.const 1)))
              (br $reset)))))
        (return (i32.add (local.get $level) (i32.const 1)))))
    ;; Deeper than $capacity: counts per distance, in place, while dist goes back to -1.
    (local.set $level (i32.const 0))
    (local.set $head (i32.const 0))
    (block $countDone (loop $count
      (br_if $countDone (i32.ge_s (local.get $head) (local.get $tail)))
      (local.set $dv (i32.add (local.get $dist)
        (i32.shl (i32.load (i32.add (local.get $queue) (i32.shl (local.get $head) (i32.const 2)))) (i32.const 2))))
      (local.set $d (i32.load (local.get $dv)))
      (i32.store (local.get $dv) (i32.const -1))
      (if (i32.ne (local.get $d) (local.get $level))
        (then
          (i32.store (i32.add (local.get $queue) (i32.shl (local.get $level) (i32.const 2)))
            (i32.sub (local.get $head) (local.get $start)))
          (local.set $level (local.get $d))
          (local.set $start (local.get $head))))
      (local.set $head (i32.add (local.get $head) (i32.const 1)))
      (br $count)))
    (i32.store (i32.add (local.get $queue) (i32.shl (local.get $level) (i32.const 2)))
      (i32.sub (local.get $tail) (local.get $start)))
    (i32.add (local.get $level) (i32.const 1)))

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
