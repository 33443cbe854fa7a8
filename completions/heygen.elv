
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
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand asset 'Upload and finalize assets'
            cand avatar 'Create avatars'
            cand auth 'Store, show or remove the API key'
            cand completions 'Print a completion script for a shell'
            cand sandbox 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand upload 'Upload files: one request up to 32,000,000 bytes, the presigned flow above'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand forget 'Drop the local records that --reuse reads, for these files'' bytes or all of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset;upload'= {
            cand --files-from 'Also upload the files listed in PATH, one per line (`-` for standard input)'
            cand --filename 'The file name HeyGen gets for FILE `-` (standard input)'
            cand -j 'How many files go up at once'
            cand --jobs 'How many files go up at once'
            cand --content-type 'Send this MIME type instead of the one detected from the bytes (skips the type check)'
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand -0 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --null 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --dry-run 'Check the files and print the plan (size, type, path and why) without sending anything'
            cand --no-checksum 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;direct-upload'= {
            cand --files-from 'Also upload the files listed in PATH, one per line (`-` for standard input)'
            cand --filename 'The file name HeyGen gets for FILE `-` (standard input)'
            cand -j 'How many files go up at once'
            cand --jobs 'How many files go up at once'
            cand --content-type 'Send this MIME type instead of the one detected from the bytes (skips the type check)'
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand -0 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --null 'The list from --files-from is separated by NUL bytes (as find -print0 writes)'
            cand --dry-run 'Check the files and print the plan (size, type, path and why) without sending anything'
            cand --no-checksum 'Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --no-complete 'Stop after the bytes are stored; finalize later with `heygen asset complete`'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;complete'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --pending 'Complete every upload this computer stored but did not complete (see the journal)'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;forget'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --all 'Drop every record, for every key and base URL'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;asset;help'= {
            cand upload 'Upload files: one request up to 32,000,000 bytes, the presigned flow above'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand forget 'Drop the local records that --reuse reads, for these files'' bytes or all of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;asset;help;upload'= {
        }
        &'heygen;asset;help;direct-upload'= {
        }
        &'heygen;asset;help;complete'= {
        }
        &'heygen;asset;help;forget'= {
        }
        &'heygen;asset;help;help'= {
        }
        &'heygen;avatar'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an avatar from a local file, an asset id or a URL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;avatar;create'= {
            cand --name 'The avatar''s name'
            cand --type 'A photo avatar (from an image) or a digital twin (from a video)'
            cand --asset-id 'An asset already uploaded and completed'
            cand --url 'A file HeyGen fetches itself (http or https)'
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --wait 'Wait until HeyGen has finished training the avatar (at most --timeout seconds)'
            cand --reuse 'Do not upload a file whose bytes were uploaded before with this key and base URL (and are still at HeyGen): print that asset instead'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;avatar;help'= {
            cand create 'Create an avatar from a local file, an asset id or a URL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;avatar;help;create'= {
        }
        &'heygen;avatar;help;help'= {
        }
        &'heygen;auth'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt'
            cand status 'Show which key is in effect (masked) and where it comes from'
            cand logout 'Remove the key from heygen''s config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;auth;login'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;status'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;logout'= {
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;auth;help'= {
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt'
            cand status 'Show which key is in effect (masked) and where it comes from'
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
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;sandbox'= {
            cand --listen 'Address to listen on (port 0 picks a free one)'
            cand --data 'Folder that keeps the uploaded bytes [default: a temporary folder]'
            cand --key 'The one API key the sandbox accepts'
            cand --max-bytes 'Largest file the presigned flow takes (answered as max_bytes)'
            cand --url-ttl 'How long an upload URL stays valid'
            cand --fault 'Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching requests (e.g. init-429=2,put-drop=1)'
            cand --s3-endpoint 'Presign uploads for an S3-compatible store at this URL (http(s)://host[:port]) instead of the sandbox''s own storage; credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'
            cand --s3-bucket 'The bucket uploads go to (path-style, ENDPOINT/BUCKET/uploads/ASSET_ID/NAME); it must exist'
            cand --s3-region 'Region the S3 signatures are made for'
            cand --api-key 'API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen''s CLI]'
            cand --base-url 'API base URL'
            cand --timeout 'Fail a request when no byte has moved for this many seconds'
            cand --progress 'How progress is shown on stderr: bars on a terminal, else a plain line per file every 10 % or 10 s (auto); --quiet means none'
            cand --retries 'Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen''s rate limit (429) is waited out apart, without using retries, for at most --wait-timeout'
            cand --wait-timeout 'How long to wait for HeyGen to finish work (an avatar''s training, a video): 90s, 20m, 2h, or a number of seconds'
            cand --json 'Print one JSON object per item on stdout'
            cand -q 'Print nothing on stderr but errors'
            cand --quiet 'Print nothing on stderr but errors'
            cand -v 'Show each HTTP exchange on stderr (secrets redacted)'
            cand --verbose 'Show each HTTP exchange on stderr (secrets redacted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'heygen;help'= {
            cand asset 'Upload and finalize assets'
            cand avatar 'Create avatars'
            cand auth 'Store, show or remove the API key'
            cand completions 'Print a completion script for a shell'
            cand sandbox 'Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'heygen;help;asset'= {
            cand upload 'Upload files: one request up to 32,000,000 bytes, the presigned flow above'
            cand direct-upload 'Upload files through the presigned flow (init, PUT to storage, complete), whatever their size'
            cand complete 'Finalize direct uploads whose bytes have arrived'
            cand forget 'Drop the local records that --reuse reads, for these files'' bytes or all of them'
        }
        &'heygen;help;asset;upload'= {
        }
        &'heygen;help;asset;direct-upload'= {
        }
        &'heygen;help;asset;complete'= {
        }
        &'heygen;help;asset;forget'= {
        }
        &'heygen;help;avatar'= {
            cand create 'Create an avatar from a local file, an asset id or a URL'
        }
        &'heygen;help;avatar;create'= {
        }
        &'heygen;help;auth'= {
            cand login 'Store a key in heygen''s config file, read from standard input or a hidden prompt'
            cand status 'Show which key is in effect (masked) and where it comes from'
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
