;; The integer-line loop of the edge-list parser (../edge-list-parser.ts, consume) in WebAssembly:
;; parses "int sep+ int [sep+ …] [CR] NL" lines of bytes[p, limit) — every line there ends with NL
;; — writing the endpoints to $outA / $outB, and stops at the first line the general path must
;; judge (returns its start) or at $limit. Separators: space, tab, comma, semicolon. A token is
;; canonical (no leading zero, at most 10 digits, ≤ 2^31 − 1). State at $st: i32 lines, i32 extras.
(module
  (import "env" "mem" (memory 1 65536))

  (func $sep (param $c i32) (result i32)
    (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
            (i32.or (i32.eq (local.get $c) (i32.const 44)) (i32.eq (local.get $c) (i32.const 59)))))

  (func (export "parse") (param $bytes i32) (param $p i32) (param $limit i32) (param $outA i32) (param $outB i32) (param $st i32) (result i32)
    (local $lineStart i32) (local $d i32) (local $c i32) (local $s i32) (local $ended i32)
    (local $a i64) (local $b i64) (local $lines i32) (local $extras i32)
    (block $stop (loop $line
      (br_if $stop (i32.ge_s (local.get $p) (local.get $limit)))
      (local.set $lineStart (local.get $p))
      ;; First token: digits.
      (local.set $d (i32.sub (i32.load8_u (i32.add (local.get $bytes) (local.get $p))) (i32.const 48)))
      (br_if $stop (i32.gt_u (local.get $d) (i32.const 9)))
      (local.set $a (i64.const 0))
      (loop $digitsA
        (local.set $a (i64.add (i64.mul (local.get $a) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $d (i32.sub (i32.load8_u (i32.add (local.get $bytes) (local.get $p))) (i32.const 48)))
        (br_if $digitsA (i32.le_u (local.get $d) (i32.const 9))))
      (local.set $c (i32.add (local.get $d) (i32.const 48)))
      (if (i32.or
            (i32.or (i32.gt_s (i32.sub (local.get $p) (local.get $lineStart)) (i32.const 10))
                    (i64.gt_u (local.get $a) (i64.const 2147483647)))
            (i32.or (i32.and (i32.gt_s (i32.sub (local.get $p) (local.get $lineStart)) (i32.const 1))
                             (i32.eq (i32.load8_u (i32.add (local.get $bytes) (local.get $lineStart))) (i32.const 48)))
                    (i32.eqz (call $sep (local.get $c)))))
        (then (local.set $p (local.get $lineStart)) (br $stop)))
      ;; Separators, then the second token.
      (loop $seps
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (i32.add (local.get $bytes) (local.get $p))))
        (br_if $seps (call $sep (local.get $c))))
      (local.set $s (local.get $p))
      (local.set $b (i64.const 0))
      (local.set $d (i32.sub (local.get $c) (i32.const 48)))
      (block $digitsDone (loop $digitsB
        (br_if $digitsDone (i32.gt_u (local.get $d) (i32.const 9)))
        (local.set $b (i64.add (i64.mul (local.get $b) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $d (i32.sub (i32.load8_u (i32.add (local.get $bytes) (local.get $p))) (i32.const 48)))
        (br $digitsB)))
      (local.set $c (i32.add (local.get $d) (i32.const 48)))
      (if (i32.or
            (i32.or (i32.eq (local.get $p) (local.get $s)) (i32.gt_s (i32.sub (local.get $p) (local.get $s)) (i32.const 10)))
            (i32.or (i64.gt_u (local.get $b) (i64.const 2147483647))
                    (i32.and (i32.gt_s (i32.sub (local.get $p) (local.get $s)) (i32.const 1))
                             (i32.eq (i32.load8_u (i32.add (local.get $bytes) (local.get $s))) (i32.const 48)))))
        (then (local.set $p (local.get $lineStart)) (br $stop)))
      ;; Trailing separators, CR LF, or a third column to skip.
      (local.set $ended (local.get $p))
      (block $sepsDone (loop $trailing
        (br_if $sepsDone (i32.eqz (call $sep (local.get $c))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $c (i32.load8_u (i32.add (local.get $bytes) (local.get $p))))
        (br $trailing)))
      (if (i32.and (i32.eq (local.get $c) (i32.const 13)) (i32.eq (i32.load8_u (i32.add (local.get $bytes) (i32.add (local.get $p) (i32.const 1)))) (i32.const 10)))
        (then
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (local.set $c (i32.const 10))))
      (if (i32.ne (local.get $c) (i32.const 10))
        (then
          (if (i32.or (i32.eq (local.get $p) (local.get $ended)) (i32.eq (local.get $c) (i32.const 13)))
            (then (local.set $p (local.get $lineStart)) (br $stop)))
          (loop $toEnd
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br_if $toEnd (i32.ne (i32.load8_u (i32.add (local.get $bytes) (local.get $p))) (i32.const 10))))
          (local.set $extras (i32.add (local.get $extras) (i32.const 1)))))
      (i32.store (i32.add (local.get $outA) (i32.shl (local.get $lines) (i32.const 2))) (i32.wrap_i64 (local.get $a)))
      (i32.store (i32.add (local.get $outB) (i32.shl (local.get $lines) (i32.const 2))) (i32.wrap_i64 (local.get $b)))
      (local.set $lines (i32.add (local.get $lines) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $line)))
    (i32.store (local.get $st) (local.get $lines))
    (i32.store offset=4 (local.get $st) (local.get $extras))
    (local.get $p))
)
