// Loaded with `node --import` into a process whose peak memory a benchmark wants: writes it on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	if (process.env.KB_PEAK_MEMORY_FILE) writeFileSync(process.env.KB_PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS * 1024));
});
