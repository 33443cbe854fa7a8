
use builtin;
use str;

set edit:completion:arg-completer[heygen] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'heygen'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'heygen'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand asset 'Upload and finalize assets'
            cand avatar 'Create avatars and follow their training'
            cand video-agent 'Make videos from a prompt and your files, and download them'
            cand video 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail'
            cand auth 'Store, show or remove the API key'
            cand completions 'Print a completion script for a shell'
            cand sandbox 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand upload 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand pending 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
            cand forget 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them'
            cand list 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)'
            cand get 'Show assets by id: id, type, name, when uploaded, URL'
            cand delete 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
            cand status 'Show whether assets are still being processed; --wait until none is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset;upload'= {
            cand --files-from 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)'
            cand --filename 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]'
            cand -j 'How many files go up at once (1 to 64)'
            cand --jobs 'How many files go up at once (1 to 64)'
            cand --content-type 'Send this MIME type instead of the one detected from the bytes (skips the type check)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --batch 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand -0 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --null 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --dry-run 'Check the files and print the plan (size, type, path and why) without sending anything'
            cand --no-checksum 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
            cand --skip-invalid 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;direct-upload'= {
            cand --files-from 'Also upload the files listed in PATH, one per line, blank lines and # comments ignored (`-` for standard input)'
            cand --filename 'The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]'
            cand -j 'How many files go up at once (1 to 64)'
            cand --jobs 'How many files go up at once (1 to 64)'
            cand --content-type 'Send this MIME type instead of the one detected from the bytes (skips the type check)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --batch 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand -0 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --null 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --dry-run 'Check the files and print the plan (size, type, path and why) without sending anything'
            cand --no-checksum 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
            cand --skip-invalid 'List the files that fail the checks and upload the rest (without it, one invalid file stops the run before anything is sent)'
            cand --no-complete 'Stop after the bytes are stored; finalize later with `heygen asset complete`'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;complete'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --pending 'Complete every upload this computer stored but did not complete, of this base URL and key (see `heygen asset pending`)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;pending'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --clear 'Remove the resume records of the FILEs named (or of every file, with --all) instead of listing'
            cand --all 'With --clear: remove every resume record'
            cand --stale 'With --clear: remove the records of uploads to an API on this computer that no longer answers (a sandbox that stopped; listed as "(API gone)")'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;forget'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --all 'Drop every reuse record, for every key and base URL'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;list'= {
            cand --limit 'Show at most N assets (1 to 10000)'
            cand --folder-id 'Only the assets in this folder'
            cand --type 'Only assets of this type'
            cand --username 'Whose assets (HeyGen''s list wants a username for now); default: the key''s own, from GET /v3/users/me'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --all 'Show every asset, following all pages'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;get'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;delete'= {
            cand --from-file 'Also delete the ids listed in PATH, one per line (`-` for standard input)'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand -y 'Delete without asking (needed where there is no terminal to ask on)'
            cand --yes 'Delete without asking (needed where there is no terminal to ask on)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;status'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait until none is queued or processing'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;help'= {
            cand upload 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand pending 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
            cand forget 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them'
            cand list 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)'
            cand get 'Show assets by id: id, type, name, when uploaded, URL'
            cand delete 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
            cand status 'Show whether assets are still being processed; --wait until none is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset;help;upload'= {
        }
        &'heygen;asset;help;direct-upload'= {
        }
        &'heygen;asset;help;complete'= {
        }
        &'heygen;asset;help;pending'= {
        }
        &'heygen;asset;help;forget'= {
        }
        &'heygen;asset;help;list'= {
        }
        &'heygen;asset;help;get'= {
        }
        &'heygen;asset;help;delete'= {
        }
        &'heygen;asset;help;status'= {
        }
        &'heygen;asset;help;help'= {
        }
        &'heygen;avatar'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an avatar from a local file, an asset id or a URL'
            cand status 'Show an avatar group''s training status'
            cand consent 'Get the consent page of a digital twin''s person, or submit a recorded consent video'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;avatar;create'= {
            cand --name 'The avatar''s name'
            cand --type 'A photo avatar (from an image) or a digital twin (from a video)'
            cand --asset-id 'An asset already uploaded and completed'
            cand --url 'A file HeyGen fetches itself (http or https)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait until HeyGen has finished training the avatar (at most --wait-timeout)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;avatar;status'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait until training is done (at most --wait-timeout)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;avatar;consent'= {
            cand --video 'A recorded consent video to submit (uploaded first); without one, the consent page''s URL is printed'
            cand --asset-id 'A consent video already uploaded'
            cand --url 'A consent video HeyGen fetches itself (https)'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Then follow training to the end (a submitted video is reviewed first)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;avatar;help'= {
            cand create 'Create an avatar from a local file, an asset id or a URL'
            cand status 'Show an avatar group''s training status'
            cand consent 'Get the consent page of a digital twin''s person, or submit a recorded consent video'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;avatar;help;create'= {
        }
        &'heygen;avatar;help;status'= {
        }
        &'heygen;avatar;help;consent'= {
        }
        &'heygen;avatar;help;help'= {
        }
        &'heygen;video-agent'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
            cand status 'Show a session''s status; --wait or --output follow it to the finished video'
            cand send 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
            cand stop 'Stop a session''s run at its next checkpoint, keeping what it made'
            cand videos 'List the videos a session made, newest first (id, status, duration, title)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;video-agent;create'= {
            cand --prompt 'What the video should be (1 to 10,000 characters)'
            cand --prompt-file 'Read the prompt from PATH (`-` for standard input)'
            cand --asset-id 'Attach an asset already uploaded (repeatable)'
            cand --url 'Attach a file HeyGen fetches itself, https only (repeatable)'
            cand -j 'How many files go up at once (1 to 64)'
            cand --jobs 'How many files go up at once (1 to 64)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --batch 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never'
            cand --mode 'generate (HeyGen''s default) makes the video at once; chat may ask questions first'
            cand --orientation 'The video''s orientation'
            cand --avatar-id 'The avatar to present the video'
            cand --voice-id 'The voice to narrate it'
            cand --style-id 'The visual style'
            cand --output 'Download the finished video to PATH (`-`: standard output); implies --wait'
            cand --subtitles 'Also download the subtitles (SRT) to PATH'
            cand --thumbnail 'Also download the thumbnail (JPEG) to PATH'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait for the finished video (at most --wait-timeout) and print its id'
            cand --captioned 'Download the captioned video (captions burned in) instead of the plain one'
            cand --force 'Replace PATH (and the other files asked for) when it exists'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video-agent;status'= {
            cand --output 'Download the finished video to PATH (`-`: standard output); implies --wait'
            cand --subtitles 'Also download the subtitles (SRT) to PATH'
            cand --thumbnail 'Also download the thumbnail (JPEG) to PATH'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait for the finished video (at most --wait-timeout) and print its id'
            cand --captioned 'Download the captioned video (captions burned in) instead of the plain one'
            cand --force 'Replace PATH (and the other files asked for) when it exists'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video-agent;send'= {
            cand --message 'What to tell the agent: an answer, more context or an edit (1 to 10,000 characters)'
            cand --message-file 'Read the message from PATH (`-` for standard input)'
            cand --asset-id 'Attach an asset already uploaded (repeatable)'
            cand --url 'Attach a file HeyGen fetches itself, https only (repeatable)'
            cand -j 'How many files go up at once (1 to 64)'
            cand --jobs 'How many files go up at once (1 to 64)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --batch 'Send many files through HeyGen''s batch upload, where one request presigns 100 files: auto (runs of 10 files or more), always or never'
            cand --output 'Download the finished video to PATH (`-`: standard output); implies --wait'
            cand --subtitles 'Also download the subtitles (SRT) to PATH'
            cand --thumbnail 'Also download the thumbnail (JPEG) to PATH'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait for the finished video (at most --wait-timeout) and print its id'
            cand --captioned 'Download the captioned video (captions burned in) instead of the plain one'
            cand --force 'Replace PATH (and the other files asked for) when it exists'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video-agent;stop'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video-agent;videos'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video-agent;help'= {
            cand create 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
            cand status 'Show a session''s status; --wait or --output follow it to the finished video'
            cand send 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
            cand stop 'Stop a session''s run at its next checkpoint, keeping what it made'
            cand videos 'List the videos a session made, newest first (id, status, duration, title)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;video-agent;help;create'= {
        }
        &'heygen;video-agent;help;status'= {
        }
        &'heygen;video-agent;help;send'= {
        }
        &'heygen;video-agent;help;stop'= {
        }
        &'heygen;video-agent;help;videos'= {
        }
        &'heygen;video-agent;help;help'= {
        }
        &'heygen;video'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show a video''s status (processing, completed, failed); --wait until it is done'
            cand download 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;video;status'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --wait 'Wait until it is rendered (at most --wait-timeout)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video;download'= {
            cand --output 'Where the video goes [default: VIDEO_ID.mp4] (`-`: standard output)'
            cand --subtitles 'Also download the subtitles (SRT) to PATH'
            cand --thumbnail 'Also download the thumbnail (JPEG) to PATH'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --captioned 'Download the captioned video (captions burned in) instead of the plain one'
            cand --force 'Replace files that exist'
            cand --wait 'Wait until the video is rendered first (at most --wait-timeout)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;video;help'= {
            cand status 'Show a video''s status (processing, completed, failed); --wait until it is done'
            cand download 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;video;help;status'= {
        }
        &'heygen;video;help;download'= {
        }
        &'heygen;video;help;help'= {
        }
        &'heygen;auth'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
            cand status 'Show which key is in effect (masked), where it comes from, and its account'
            cand logout 'Remove the key from heygen''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;auth;login'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --no-verify 'Save the key without asking HeyGen whether it works (offline set-up)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;status'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --offline 'Do not ask HeyGen for the account: show the key and its source only'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;logout'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;help'= {
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
            cand status 'Show which key is in effect (masked), where it comes from, and its account'
            cand logout 'Remove the key from heygen''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;auth;help;login'= {
        }
        &'heygen;auth;help;status'= {
        }
        &'heygen;auth;help;logout'= {
        }
        &'heygen;auth;help;help'= {
        }
        &'heygen;completions'= {
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;sandbox'= {
            cand --listen 'Address to listen on (port 0 picks a free one)'
            cand --data 'Folder that keeps the uploaded bytes [default: a temporary folder]'
            cand --env-file 'Also write the export lines to PATH, in one step once the sandbox listens (a script waits for the file, then sources it); the file is removed when the sandbox stops'
            cand --key 'The one API key the sandbox accepts'
            cand --max-bytes 'Largest file the presigned flow takes (answered as max_bytes)'
            cand --url-ttl 'How long an upload URL stays valid'
            cand --oauth-credentials 'With --oauth: write the login to PATH as HeyGen''s CLI''s credentials file (point HEYGEN_CONFIG_DIR at its folder, named `credentials`)'
            cand --fault 'Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching requests (e.g. init-429=2,put-drop=1)'
            cand --s3-endpoint 'Presign uploads for an S3-compatible store at this URL (http(s)://host[:port]) instead of the sandbox''s own storage; credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'
            cand --s3-bucket 'The bucket uploads go to (path-style, ENDPOINT/BUCKET/uploads/ASSET_ID/NAME); it must exist'
            cand --s3-region 'Region the S3 signatures are made for'
            cand --api-key 'API key; when not given, looked for in $HEYGEN_API_KEY, then heygen''s config file (heygen auth login), then the credentials file of HeyGen''s CLI'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too (COLUMNS wide, else 80); --quiet means none'
            cand --retries 'Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video), or to stop refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds'
            cand --ca-file 'PEM certificates to trust for HTTPS on top of the system''s (SSL_CERT_FILE and SSL_CERT_DIR replace the system''s), for heygen alone'
            cand --tls 'Serve HTTPS with a certificate made at start for 127.0.0.1, ::1 and localhost, signed by a throwaway CA written under --data (trust it with HEYGEN_CA_FILE)'
            cand --oauth 'Also make an OAuth login, as HeyGen''s CLI holds one: an access token (valid an hour) and a refresh token, printed on stderr; the token endpoint is at /v1/oauth/token'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request log'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;help'= {
            cand asset 'Upload and finalize assets'
            cand avatar 'Create avatars and follow their training'
            cand video-agent 'Make videos from a prompt and your files, and download them'
            cand video 'Show or download a video by its id: the video, captioned, its subtitles, its thumbnail'
            cand auth 'Store, show or remove the API key'
            cand completions 'Print a completion script for a shell'
            cand sandbox 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;help;asset'= {
            cand upload 'Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand pending 'List the uploads this computer can resume (file, asset id, step, age, base URL), or drop their resume records with --clear'
            cand forget 'Drop the reuse records that --reuse reads, for these files'' bytes or all of them'
            cand list 'List the assets of your HeyGen library, newest first (HeyGen''s list is in beta)'
            cand get 'Show assets by id: id, type, name, when uploaded, URL'
            cand delete 'Delete assets by id (asks first on a terminal; give --yes anywhere else)'
            cand status 'Show whether assets are still being processed; --wait until none is'
        }
        &'heygen;help;asset;upload'= {
        }
        &'heygen;help;asset;direct-upload'= {
        }
        &'heygen;help;asset;complete'= {
        }
        &'heygen;help;asset;pending'= {
        }
        &'heygen;help;asset;forget'= {
        }
        &'heygen;help;asset;list'= {
        }
        &'heygen;help;asset;get'= {
        }
        &'heygen;help;asset;delete'= {
        }
        &'heygen;help;asset;status'= {
        }
        &'heygen;help;avatar'= {
            cand create 'Create an avatar from a local file, an asset id or a URL'
            cand status 'Show an avatar group''s training status'
            cand consent 'Get the consent page of a digital twin''s person, or submit a recorded consent video'
        }
        &'heygen;help;avatar;create'= {
        }
        &'heygen;help;avatar;status'= {
        }
        &'heygen;help;avatar;consent'= {
        }
        &'heygen;help;video-agent'= {
            cand create 'Start a video from a prompt and files (local files are uploaded first); --wait or --output follow it to the finished video'
            cand status 'Show a session''s status; --wait or --output follow it to the finished video'
            cand send 'Tell a chat session something (an answer, more context, an edit), with files; --wait or --output follow it to the next video'
            cand stop 'Stop a session''s run at its next checkpoint, keeping what it made'
            cand videos 'List the videos a session made, newest first (id, status, duration, title)'
        }
        &'heygen;help;video-agent;create'= {
        }
        &'heygen;help;video-agent;status'= {
        }
        &'heygen;help;video-agent;send'= {
        }
        &'heygen;help;video-agent;stop'= {
        }
        &'heygen;help;video-agent;videos'= {
        }
        &'heygen;help;video'= {
            cand status 'Show a video''s status (processing, completed, failed); --wait until it is done'
            cand download 'Download a finished video (and, when asked, its captioned version, subtitles and thumbnail)'
        }
        &'heygen;help;video;status'= {
        }
        &'heygen;help;video;download'= {
        }
        &'heygen;help;auth'= {
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt, once HeyGen has accepted it'
            cand status 'Show which key is in effect (masked), where it comes from, and its account'
            cand logout 'Remove the key from heygen''s config file'
        }
        &'heygen;help;auth;login'= {
        }
        &'heygen;help;auth;status'= {
        }
        &'heygen;help;auth;logout'= {
        }
        &'heygen;help;completions'= {
        }
        &'heygen;help;sandbox'= {
        }
        &'heygen;help;help'= {
        }
    ]
    $completions[$command]
}
