//! A spawned process that is stopped however the test ends, passing or panicking: asked with
//! SIGTERM first, so that `heygen sandbox` removes its temporary folder, then killed.

use std::process::{Child, Command};
use std::thread::sleep;
use std::time::{Duration, Instant};

pub struct KillOnDrop(pub Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let pid = self.0.id().to_string();
            let _ = Command::new("kill").args(["-s", "TERM", &pid]).status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.0.try_wait() {
                    return;
                }
                sleep(Duration::from_millis(10));
            }
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
