/** A build step's failure: what went wrong and, when known, what to do about it. */
export class BuildStepError extends Error {
	readonly hint: string | undefined;

	constructor(message: string, hint?: string) {
		super(message);
		this.name = 'BuildStepError';
		this.hint = hint;
	}
}
