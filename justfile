# Recipes for people; CI runs the same cargo commands in .ci/run.

# Run every test.
test:
    cargo test --workspace

# Lints as CI runs them.
lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings

# Format the code.
fmt:
    cargo fmt --all

# Benchmarks (criterion).
bench:
    cargo bench --workspace

# Review pending insta snapshots.
snap:
    cargo insta review

# Score against ../shared data sets (segmentation, attribution, diff).
eval:
    cargo run --release -p claims-eval -- all

# Everything CI checks.
ready: lint test
