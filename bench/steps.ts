/**
 * The scripted interaction: 20 Ctrl + wheel zoom-ins at varying pointer x, 20 drag pans, then 20
 * Ctrl + wheel zoom-outs at the same pointer positions in reverse, which leaves the view about
 * where it began.
 */

/** Pointer positions are fractions of the plot's width; pixel amounts are CSS pixels. */
export type Step =
	| { kind: 'zoom-in' | 'zoom-out'; x: number; deltaY: number }
	| { kind: 'pan'; x: number; dx: number };

/**
 * The chart scales by 2^(-deltaY × 0.002) per mouse-sized wheel event in pixel mode (wheel.ts),
 * so 120 px, one notch of a common mouse wheel, is a factor of about 1.18; twenty zoom about 28×.
 */
export const WHEEL_DELTA = 120;
/** One pan is one pointer move of a drag, long enough to pass d3-zoom's click distance. */
export const PAN_DX = 160;

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/** `count` pointer positions spread evenly over 15–85 % of the width, in a scrambled order. */
export function pointerPositions(count: number): number[] {
	if (count === 1) return [0.5];
	// Stepping by a stride coprime with count visits every slot once, out of order.
	let stride = 7;
	while (gcd(stride, count) !== 1) stride += 1;
	return Array.from(
		{ length: count },
		(_, i) => 0.15 + (0.7 * ((i * stride) % count)) / (count - 1)
	);
}

export function interactionSteps(perKind = 20): Step[] {
	const xs = pointerPositions(perKind);
	const zoomIns = xs.map((x): Step => ({ kind: 'zoom-in', x, deltaY: -WHEEL_DELTA }));
	// Half the drags move the view later (pointer left), half move it back.
	const pans = Array.from({ length: perKind }, (_, i): Step => {
		const later = i < perKind / 2;
		return { kind: 'pan', x: later ? 0.6 : 0.4, dx: later ? -PAN_DX : PAN_DX };
	});
	const zoomOuts = [...xs]
		.reverse()
		.map((x): Step => ({ kind: 'zoom-out', x, deltaY: WHEEL_DELTA }));
	return [...zoomIns, ...pans, ...zoomOuts];
}
