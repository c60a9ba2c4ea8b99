//! Entry point: install the panic hook, then mount the app over the static shell.

fn main() {
    ml_interview_prep::platform::boot::install_panic_hook();
    ml_interview_prep::platform::boot::mount();
}
