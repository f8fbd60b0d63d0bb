/**
 * What the API answers for each problem code (server/http/problems.ts maps a code to its status and
 * one of these). The API has always answered in English, and the trainer pages show these messages
 * marked lang="en" (TrainerAlerts.astro). `{name}` is filled from the problem's parameters.
 */
export const apiEn = {
  // The request itself
  'unsupported-type': 'Send the body as JSON (content-type: application/json).',
  'body-too-large': 'The body is larger than {limit} bytes.',
  'body-not-json': 'The body is not valid JSON.',
  'body-too-deep': 'The body nests more than {limit} levels deep.',
  'method-not-allowed': 'This method is not supported. Use one of: {allow}.',
  'bad-host': 'The Host header is not a valid host name.',
  'request-timeout': 'The request took too long to arrive.',
  'headers-too-large': 'The request headers are too large.',
  'bad-request': 'This is not a valid HTTP request.',
  'nul-text': 'Text must not contain NUL characters.',
  'invalid-request': 'Invalid request: {summary}',
  'unknown-action': 'Unknown action: send _action=rename, archive, unarchive or delete.',
  'nothing-to-change': 'Nothing to change: send a name or archived.',
  // Who asks
  'foreign-origin': 'Requests must come from this site.',
  'sign-in-needed': 'Please sign in.',
  'learner-token-missing': 'Join a class first: this request has no learner token.',
  'learner-token-unknown': 'This learner token is not known (the class may have been deleted). Join again.',
  // Trainer accounts
  'sign-in-invalid': 'E-mail or password is wrong.',
  'sign-in-rate-limited': 'Too many failed sign-ins. Try again in {retryAfter} seconds.',
  'password-rate-limited': 'Too many wrong passwords. Try again in {retryAfter} seconds.',
  'registration-closed': 'Registration is closed. Ask the operator for an account.',
  'email-taken': 'This e-mail already has an account.',
  'password-too-short': 'The password needs at least {n} characters.',
  'new-password-too-short': 'The new password needs at least {n} characters.',
  'current-password-wrong': 'The current password is wrong.',
  // Classes
  'class-not-found': 'There is no such class.',
  'learner-not-found': 'There is no such learner in this class.',
  'assignment-not-found': 'There is no such assignment.',
  'module-without-scenario': 'Module {module} has no scenario yet.',
  // Joining
  'join-rate-limited': 'Too many wrong codes. Try again in {retryAfter} seconds.',
  'joins-rate-limited': 'Too many joins from this network. Try again in {retryAfter} seconds.',
  'class-full': 'This class is full: it has {max} learners. Ask your teacher.',
  'join-code-unknown': 'No class has this code. Check it with your teacher.',
  'pseudonym-taken': 'Someone in this class already uses this name. Choose another.',
  // Results
  'class-archived': 'This class is archived and takes no more results.',
  'runs-rate-limited': 'Too many results in a short time. Your device keeps this one and sends it again in {retryAfter} seconds.',
  'scenario-unknown': 'There is no scenario "{scenarioId}".',
  'module-not-assigned': 'Module {module} is not assigned to your class, so this run is kept on your device only.',
  'scenario-changed': 'The scenario "{scenarioId}" has changed (version {version}, your run: {sent}). Please play it again.',
  'path-refused': 'This path is not possible in "{scenarioId}": choice {n} ("{choiceId}") was refused ({reason}).',
  'path-unfinished': 'This path does not reach an ending of "{scenarioId}": the run is not finished.',
  'write-not-here': 'Step {n} of this path is a written reply, but "{nodeId}" in "{scenarioId}" takes no written reply: pick one of its choices.',
  'reply-too-long': 'The written reply at step {n} is {length} characters long; "{nodeId}" in "{scenarioId}" allows at most {maxLength}. Shorten it.',
  'reply-mismatch': 'The written reply at step {n} does not fit together: its text must be exactly `length` characters long (sent {length}, text has {textLength}).',
  'learner-gone': 'This run could not be stored: your learner record no longer exists. Join the class again.',
  'finished-in-future': 'The run\'s finish time ({finishedAt}) lies in the future by the server\'s clock. Check the date and time of your device.',
  'finished-too-long-ago': 'The run\'s finish time ({finishedAt}) is more than {days} days ago; results that old are not taken.',
  'finished-before-joining': 'The run\'s finish time ({finishedAt}) is before you joined the class. Check the date and time of your device.',
  'run-id-taken': 'This run id is already used for another run. Start a new run.',
  // Anything else
  conflict: 'This was changed by another request at the same moment. Please try again.',
  'server-error': 'Something went wrong on the server. Please try again.',
} as const;
