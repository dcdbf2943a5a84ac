/**
 * Lighthouse's performance score measures the machine as much as the page: before each run, wait until the
 * CPUs are quiet (other processes, the previous tab's teardown, and time a virtual machine's host steals, which
 * /proc/stat counts as not idle), so the score is the page's.
 */
import { readFileSync } from 'node:fs';

/** Busy and total CPU time so far, from Linux's /proc/stat (undefined elsewhere). */
function cpuTimes(): { busy: number; total: number } | undefined {
	try {
		const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
		const idle = fields[3]! + (fields[4] ?? 0);
		const total = fields.reduce((sum, value) => sum + value, 0);
		return { busy: total - idle, total };
	} catch {
		return undefined;
	}
}

/**
 * Waits (up to `timeoutMs`) until the machine's CPUs are at most `maxBusy` busy over `sampleMs`, and returns
 * the share last measured (0–1), or undefined where it cannot be read.
 */
export async function waitForQuietMachine(maxBusy = 0.1, timeoutMs = 60_000, sampleMs = 1000): Promise<number | undefined> {
	const deadline = Date.now() + timeoutMs;
	let busy: number | undefined;
	do {
		const before = cpuTimes();
		await new Promise((resolve) => setTimeout(resolve, sampleMs));
		const after = cpuTimes();
		if (!before || !after) return undefined;
		busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
	} while (busy > maxBusy && Date.now() < deadline);
	return busy;
}
