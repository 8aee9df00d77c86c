/**
 * One WebAssembly SIMD kernel for the GP's products with L⁻¹ and L⁻ᵀ, the bulk of an ask's
 * arithmetic: eight rows at a time, two per 128-bit lane pair. Wasm's f64x2.mul and f64x2.add
 * round each lane exactly as JavaScript's * and + do (IEEE 754 doubles, no fused multiply-add),
 * and each row's sum keeps its order, so the results are the JavaScript loops' bit for bit; it
 * is about 2.5 times as fast on matrices stored in panels of eight rows (see factorization.ts).
 *
 * axpy8(m, strideBytes, vec, jFrom, jTo, acc), all byte addresses but j:
 *   acc[0..8] += Σ_{j = jFrom}^{jTo − 1} M_j[0..8] · vec[j], where M_j starts at m + j·strideBytes,
 * adding the terms in order of j (one f64x2 accumulator per two of the eight lanes):
 *
 *   (func (param $m i32) (param $stride i32) (param $vec i32) (param $from i32) (param $to i32)
 *         (param $acc i32) (local $p i32) (local $kp i32) (local $end i32)
 *         (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $k v128)
 *     (local.set $a0 (v128.load offset=0 (local.get $acc)))  ;; … $a1..$a3 at 16, 32, 48
 *     (local.set $p (i32.add (local.get $m) (i32.mul (local.get $from) (local.get $stride))))
 *     (local.set $kp (i32.add (local.get $vec) (i32.shl (local.get $from) (i32.const 3))))
 *     (local.set $end (i32.add (local.get $vec) (i32.shl (local.get $to) (i32.const 3))))
 *     (block (br_if 0 (i32.ge_u (local.get $kp) (local.get $end)))
 *       (loop
 *         (local.set $k (f64x2.splat (f64.load (local.get $kp))))
 *         (local.set $a0 (f64x2.add (local.get $a0)
 *           (f64x2.mul (v128.load offset=0 (local.get $p)) (local.get $k))))  ;; … $a1..$a3
 *         (local.set $p (i32.add (local.get $p) (local.get $stride)))
 *         (br_if 0 (i32.lt_u (local.tee $kp (i32.add (local.get $kp) (i32.const 8)))
 *                            (local.get $end)))))
 *     (v128.store offset=0 (local.get $acc) (local.get $a0)))  ;; … $a1..$a3 at 16, 32, 48
 */

const u32 = (value: number): number[] => {
  const out: number[] = [];
  let n = value >>> 0;
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const vec = (items: number[][]): number[] => [...u32(items.length), ...items.flat()];
const section = (id: number, bytes: number[]): number[] => [id, ...u32(bytes.length), ...bytes];
const name = (text: string): number[] => vec([...text].map((c) => [c.charCodeAt(0)]));

const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number) => [0x20, ...u32(i)];
const set = (i: number) => [0x21, ...u32(i)];
const tee = (i: number) => [0x22, ...u32(i)];
const i32Const = (n: number) => [0x41, ...u32(n)]; // small non-negative constants only
const I32_ADD = [0x6a];
const I32_MUL = [0x6c];
const I32_SHL = [0x74];
const I32_GE_U = [0x4f];
const I32_LT_U = [0x49];
const simd = (op: number) => [0xfd, ...u32(op)];
// Memory immediates: alignment hint 2³ (the doubles are 8-byte aligned), then the offset.
const v128Load = (offset: number) => [...simd(0x00), 3, ...u32(offset)];
const v128Store = (offset: number) => [...simd(0x0b), 3, ...u32(offset)];
const f64Load = (offset: number) => [0x2b, 3, ...u32(offset)];
const F64X2_SPLAT = simd(0x14);
const F64X2_ADD = simd(0xf0);
const F64X2_MUL = simd(0xf2);

// Parameters 0–5 ($m $stride $vec $from $to $acc), locals 6–8 ($p $kp $end), 9–12 ($a0..$a3), 13 ($k).
const [M, STRIDE, VEC, FROM, TO, ACC, P, KP, END, A0, K] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13];
const LANES = [0, 1, 2, 3];

function axpy8Body(): number[] {
  return [
    ...LANES.flatMap((q) => [...get(ACC), ...v128Load(16 * q), ...set(A0 + q)]),
    ...get(M),
    ...get(FROM),
    ...get(STRIDE),
    ...I32_MUL,
    ...I32_ADD,
    ...set(P),
    ...get(VEC),
    ...get(FROM),
    ...i32Const(3),
    ...I32_SHL,
    ...I32_ADD,
    ...set(KP),
    ...get(VEC),
    ...get(TO),
    ...i32Const(3),
    ...I32_SHL,
    ...I32_ADD,
    ...set(END),
    0x02, // block
    0x40,
    ...get(KP),
    ...get(END),
    ...I32_GE_U,
    0x0d, // br_if 0: nothing to add
    0,
    0x03, // loop
    0x40,
    ...get(KP),
    ...f64Load(0),
    ...F64X2_SPLAT,
    ...set(K),
    ...LANES.flatMap((q) => [
      ...get(A0 + q),
      ...get(P),
      ...v128Load(16 * q),
      ...get(K),
      ...F64X2_MUL,
      ...F64X2_ADD,
      ...set(A0 + q),
    ]),
    ...get(P),
    ...get(STRIDE),
    ...I32_ADD,
    ...set(P),
    ...get(KP),
    ...i32Const(8),
    ...I32_ADD,
    ...tee(KP),
    ...get(END),
    ...I32_LT_U,
    0x0d, // br_if 0: next j
    0,
    0x0b, // end loop
    0x0b, // end block
    ...LANES.flatMap((q) => [...get(ACC), ...get(A0 + q), ...v128Store(16 * q)]),
    0x0b, // end function
  ];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const locals = vec([
    [...u32(3), I32],
    [...u32(5), V128],
  ]);
  const code = [...locals, ...axpy8Body()];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    // One type: six i32 parameters, no result.
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])]])),
    // The memory comes from JavaScript, one per factorisation.
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...u32(1)]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('axpy8'), 0x00, 0]])),
    ...section(10, vec([[...u32(code.length), ...code]])),
  ]);
}

export type Axpy8 = (
  m: number,
  strideBytes: number,
  vec: number,
  jFrom: number,
  jTo: number,
  acc: number,
) => void;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled kernel, or null where WebAssembly or its SIMD is missing (or turned off). */
function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = moduleBytes();
    compiled =
      typeof WebAssembly === 'object' && WebAssembly.validate(bytes)
        ? new WebAssembly.Module(bytes)
        : null;
  }
  return compiled;
}

/** Whether factorisations made now get the SIMD kernel. */
export function simdAvailable(): boolean {
  return kernelModule() !== null;
}

/** For tests: run the JavaScript loops even where SIMD exists (null: decide by support again). */
export function forceScalar(scalar: boolean | null): void {
  compiled = scalar ? null : undefined;
}

/**
 * `doubles` Float64 slots in a WebAssembly memory, with the kernel bound to it; or the same
 * slots in a plain Float64Array and no kernel where SIMD is missing.
 */
export function simdMemory(doubles: number): {
  f64: Float64Array<ArrayBufferLike>;
  axpy8: Axpy8 | null;
} {
  const module = kernelModule();
  if (module) {
    try {
      const memory = new WebAssembly.Memory({ initial: Math.ceil((doubles * 8) / 65536) });
      const instance = new WebAssembly.Instance(module, { env: { memory } });
      return {
        f64: new Float64Array(memory.buffer, 0, doubles),
        axpy8: instance.exports.axpy8 as Axpy8,
      };
    } catch {
      // No room for another WebAssembly memory: the plain loops give the same doubles.
    }
  }
  return { f64: new Float64Array(doubles), axpy8: null };
}
