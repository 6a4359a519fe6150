// Lazy<Task<T>>-style members: the first caller loads the configuration
// into a std::optional member while later callers wait on an Event (one
// asl::Task may have only one awaiter at a time, unlike a C# Task); a retry
// helper template given a lambda that captures by reference a local it
// mutates; goto-based retry with a lifted unique_ptr in the scope left.
#include <asl/task.h>

#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

struct Config {
  std::string endpoint;
  int timeout;
};

class Service {
public:
  explicit Service(asl::Event &io) : io_(io) {}
  ASL_ASYNC asl::Task<std::string> call(std::string what) {
    if (!loading_) {
      loading_ = true;
      config_ = co_await load_config();
      loaded_.set();
    } else if (!loaded_.is_set()) {
      co_await loaded_;
    }
    const Config &c = *config_;
    co_return c.endpoint + "/" + what + "?t=" + std::to_string(c.timeout);
  }
  int loads = 0;

private:
  ASL_ASYNC asl::Task<Config> load_config() {
    ++loads;
    co_await io_;
    co_return Config{"https://api", 30};
  }
  asl::Event &io_;
  std::optional<Config> config_;
  bool loading_ = false;
  asl::Event loaded_;
};

template <class F>
ASL_ASYNC asl::Task<std::string> retry(F op, int attempts) {
  for (int i = 1;; ++i) {
    try {
      co_return co_await op(i);
    } catch (const std::runtime_error &e) {
      std::cout << "  attempt " << i << " failed: " << e.what() << "\n";
      if (i >= attempts)
        throw;
    }
  }
}

ASL_ASYNC asl::Task<std::string> flaky(Service &s, int attempt, int ok_at) {
  auto r = co_await s.call("x" + std::to_string(attempt));
  if (attempt < ok_at)
    throw std::runtime_error("503 on " + r);
  co_return r;
}

ASL_ASYNC asl::Task<std::string> with_goto(Service &s) {
  int tries = 0;
again:
  {
    auto buf = std::make_unique<std::string>("buf" + std::to_string(tries));
    std::string r = co_await s.call(*buf);
    if (++tries < 3)
      goto again;
    co_return r + " tries=" + std::to_string(tries);
  }
}

int main() {
  asl::Event io;
  Service s(io);
  auto a = s.call("a");
  auto b = s.call("b");
  io.set();
  std::cout << asl::sync_wait(std::move(a)) << "\n"
            << asl::sync_wait(std::move(b)) << "\n";
  int calls = 0;
  for (int ok_at : {2, 5}) {
    try {
      std::cout << asl::sync_wait(retry(
                       [&](int i) {
                         ++calls;
                         return flaky(s, i, ok_at);
                       },
                       3))
                << "\n";
    } catch (const std::exception &e) {
      std::cout << "gave up: " << e.what() << "\n";
    }
  }
  std::cout << asl::sync_wait(with_goto(s)) << "\n";
  std::cout << "calls " << calls << " loads " << s.loads << "\n";
}
