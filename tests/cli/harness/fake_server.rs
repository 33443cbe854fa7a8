//! A deliberately dumb HTTP/1.1 server for hostile and broken answers: a raw `TcpListener` on
//! 127.0.0.1, one thread, one canned reply per request (in order; the last one repeats), every
//! connection closed after its reply, and everything it received recorded. Unlike the
//! sandbox it sends whatever bytes a test asks for, however wrong.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::Duration;

use socket2::{Domain, Socket, Type};

/// Written in place of `{base}` in a reply's headers and body: the server's own base URL, so
/// that an init answer can send the PUT back to the same server.
pub const BASE: &str = "{base}";

/// Longest request head read; longer ones are recorded as cut.
const MAX_HEAD: usize = 64 * 1024;
/// A client that stops sending for this long is dropped (the server thread never hangs).
const IDLE: Duration = Duration::from_secs(20);

#[derive(Debug, Clone)]
enum Body {
    Bytes(Vec<u8>),
    /// `len` bytes of filler written lazily in chunks, with that Content-Length; writing stops
    /// as soon as the client goes away.
    Endless {
        len: u64,
    },
}

/// One canned answer.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, Vec<u8>)>,
    body: Body,
}

impl Reply {
    pub fn new(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::Bytes(Vec::new()),
        }
    }

    /// `status` with a JSON body (any text; it need not be valid JSON).
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::new(status)
            .header("Content-Type", "application/json")
            .body(body.as_bytes())
    }

    /// `status` with an S3-style XML error body.
    pub fn xml(status: u16, body: &str) -> Reply {
        Reply::new(status)
            .header("Content-Type", "application/xml")
            .body(body.as_bytes())
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::new(status).header("Location", location)
    }

    /// `status` with a body of `len` bytes that is only produced as it is read.
    pub fn huge(status: u16, len: u64) -> Reply {
        Reply {
            body: Body::Endless { len },
            ..Reply::new(status).header("Content-Type", "application/json")
        }
    }

    pub fn header(self, name: &str, value: &str) -> Reply {
        self.raw_header(name, value.as_bytes())
    }

    /// A header whose value may hold any bytes.
    pub fn raw_header(mut self, name: &str, value: &[u8]) -> Reply {
        self.headers.push((name.to_string(), value.to_vec()));
        self
    }

    pub fn body(mut self, bytes: &[u8]) -> Reply {
        self.body = Body::Bytes(bytes.to_vec());
        self
    }
}

/// What one request brought.
#[derive(Debug, Clone, Default)]
pub struct Received {
    pub method: String,
    /// The request target: path and query.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// "METHOD /path" without the query.
    pub fn line(&self) -> String {
        let path = self.target.split('?').next().unwrap_or_default();
        format!("{} {path}", self.method)
    }
}

#[derive(Default)]
struct Log {
    connections: usize,
    requests: Vec<Received>,
    /// Every byte any connection sent, whether or not it made a request.
    raw: Vec<u8>,
}

pub struct FakeServer {
    addr: SocketAddr,
    log: Arc<Mutex<Log>>,
    stop: Arc<AtomicBool>,
}

impl FakeServer {
    /// Starts answering `replies` in order: request N gets reply N, or the last one.
    pub fn start(replies: Vec<Reply>) -> FakeServer {
        let replies = Arc::new(replies);
        assert!(!replies.is_empty(), "a fake server needs a reply");
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let addr = listener.local_addr().expect("the bound address");
        let log = Arc::new(Mutex::new(Log::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let base = format!("http://{addr}");
        let (thread_log, thread_stop) = (log.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                thread_log.lock().unwrap().connections += 1;
                let (log, replies, base) = (thread_log.clone(), replies.clone(), base.clone());
                // A client that misbehaves only ends its own connection.
                thread::spawn(move || {
                    let _ = serve(stream, &replies, &base, &log);
                });
            }
        });
        FakeServer { addr, log, stop }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `host:port`, as an error message names it.
    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    pub fn requests(&self) -> Vec<Received> {
        self.log.lock().unwrap().requests.clone()
    }

    /// Each request as "METHOD /path".
    pub fn lines(&self) -> Vec<String> {
        self.requests().iter().map(Received::line).collect()
    }

    /// Checks that nobody connected or sent a byte.
    pub fn assert_untouched(&self) {
        let log = self.log.lock().unwrap();
        assert_eq!(
            (log.connections, log.raw.len()),
            (0, 0),
            "nothing should reach {}: {:?}",
            self.addr,
            String::from_utf8_lossy(&log.raw)
        );
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag and ends.
        let _ = TcpStream::connect(self.addr);
    }
}

/// A port on 127.0.0.1 that refuses connections: bound but never listening, and held for as
/// long as the tests run, so that no server of another test can be given it.
pub fn closed_port_url() -> String {
    static CLOSED: OnceLock<Socket> = OnceLock::new();
    let socket = CLOSED.get_or_init(|| {
        let socket = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a TCP socket");
        let any_port = SocketAddr::from(([127, 0, 0, 1], 0));
        socket
            .bind(&any_port.into())
            .expect("a free port on 127.0.0.1");
        socket
    });
    let addr = socket.local_addr().expect("the bound address");
    format!("http://{}", addr.as_socket().expect("an IP address"))
}

/// Reads one request, records it, writes the reply its rank calls for and closes the
/// connection.
fn serve(
    stream: TcpStream,
    replies: &[Reply],
    base: &str,
    log: &Mutex<Log>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(IDLE))?;
    stream.set_write_timeout(Some(IDLE))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let received = read_request(&mut reader, log)?;
    let index = {
        let mut log = log.lock().unwrap();
        log.requests.push(received);
        log.requests.len() - 1
    };
    write_reply(stream, &replies[index.min(replies.len() - 1)], base)
}

fn read_request(reader: &mut BufReader<TcpStream>, log: &Mutex<Log>) -> std::io::Result<Received> {
    let mut raw_head = Vec::new();
    loop {
        let mut line = Vec::new();
        let read = reader
            .by_ref()
            .take(MAX_HEAD as u64)
            .read_until(b'\n', &mut line)?;
        log.lock().unwrap().raw.extend_from_slice(&line);
        raw_head.extend_from_slice(&line);
        if read == 0 || line == b"\r\n" || line == b"\n" || raw_head.len() >= MAX_HEAD {
            break;
        }
    }
    let head = String::from_utf8_lossy(&raw_head).into_owned();
    let mut lines = head.lines();
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_string();
    let target = request_line.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut received = Received {
        method,
        target,
        headers,
        body: Vec::new(),
    };
    if let Some(length) = received.header("content-length") {
        let length: u64 = length.parse().unwrap_or(0);
        reader
            .by_ref()
            .take(length)
            .read_to_end(&mut received.body)?;
    } else if received
        .header("transfer-encoding")
        .is_some_and(|te| te.eq_ignore_ascii_case("chunked"))
    {
        received.body = read_chunked(reader)?;
    }
    log.lock().unwrap().raw.extend_from_slice(&received.body);
    Ok(received)
}

fn read_chunked(reader: &mut BufReader<TcpStream>) -> std::io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size_line = String::new();
        reader.read_line(&mut size_line)?;
        let size =
            u64::from_str_radix(size_line.trim().split(';').next().unwrap_or("0"), 16).unwrap_or(0);
        if size == 0 {
            let mut trailer = String::new();
            reader.read_line(&mut trailer)?;
            return Ok(body);
        }
        reader.by_ref().take(size).read_to_end(&mut body)?;
        let mut crlf = String::new();
        reader.read_line(&mut crlf)?;
    }
}

fn write_reply(mut stream: TcpStream, reply: &Reply, base: &str) -> std::io::Result<()> {
    let fill = |bytes: &[u8]| -> Vec<u8> {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.replace(BASE, base).into_bytes(),
            // Invalid UTF-8 is sent as given.
            Err(_) => bytes.to_vec(),
        }
    };
    let mut head = format!("HTTP/1.1 {} Canned\r\n", reply.status).into_bytes();
    for (name, value) in &reply.headers {
        head.extend_from_slice(name.as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(&fill(value));
        head.extend_from_slice(b"\r\n");
    }
    let body = match &reply.body {
        Body::Bytes(bytes) => Some(fill(bytes)),
        Body::Endless { .. } => None,
    };
    let length = match (&body, &reply.body) {
        (Some(bytes), _) => bytes.len() as u64,
        (None, Body::Endless { len }) => *len,
        (None, Body::Bytes(_)) => unreachable!(),
    };
    head.extend_from_slice(
        format!("Content-Length: {length}\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    stream.write_all(&head)?;
    match body {
        Some(bytes) => stream.write_all(&bytes)?,
        None => {
            // `{"error":{"message":"` and then "x" for ever: it never becomes valid JSON.
            let chunk = vec![b'x'; 64 * 1024];
            let start = br#"{"error":{"message":""#;
            stream.write_all(start)?;
            let mut left = length.saturating_sub(start.len() as u64);
            while left > 0 {
                let n = left.min(chunk.len() as u64) as usize;
                // The client hanging up after its cap is the expected way for this to end.
                stream.write_all(&chunk[..n])?;
                left -= n as u64;
            }
        }
    }
    stream.flush()?;
    let _ = stream.shutdown(std::net::Shutdown::Write);
    // Lets the client read the reply before the socket closes under it.
    let mut rest = [0u8; 1024];
    while matches!(stream.read(&mut rest), Ok(n) if n > 0) {}
    Ok(())
}
