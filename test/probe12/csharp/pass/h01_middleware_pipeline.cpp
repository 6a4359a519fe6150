// C#-style ASP.NET middleware pipeline: each middleware is a
// std::function taking the request and the next delegate; a retry
// middleware catches transient failures, rethrows others, and a logging
// middleware wraps everything in try/catch(...) with rethrow.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct Request {
  std::string path;
  int attempt = 0;
};
struct Response {
  int status;
  std::string body;
};
struct TransientError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using Next = std::function<asl::Task<Response>(Request &)>;
using Middleware = std::function<asl::Task<Response>(Request &, Next)>;

ASL_ASYNC asl::Task<Response> endpoint(Request &req) {
  ++req.attempt;
  if (req.path == "/flaky" && req.attempt < 3)
    throw TransientError("flaky attempt " + std::to_string(req.attempt));
  if (req.path == "/boom")
    throw std::logic_error("boom handler");
  co_return Response{200, "ok:" + req.path + "#" + std::to_string(req.attempt)};
}

ASL_ASYNC asl::Task<Response> retry(Request &req, Next next) {
  for (int i = 0;; ++i) {
    try {
      Response r = co_await next(req);
      if (i > 0)
        r.body += " (after " + std::to_string(i) + " retries)";
      co_return r;
    } catch (const TransientError &e) {
      std::cout << "  retry " << i << ": " << e.what() << "\n";
      if (i == 4)
        throw;
      continue;
    }
  }
}

ASL_ASYNC asl::Task<Response> logging(Request &req, Next next) {
  std::cout << "  -> " << req.path << "\n";
  try {
    auto r = co_await next(req);
    std::cout << "  <- " << r.status << "\n";
    co_return r;
  } catch (...) {
    std::cout << "  !! " << req.path << " failed\n";
    throw;
  }
}

class Pipeline {
public:
  Pipeline &use(Middleware m) {
    items_.push_back(std::move(m));
    return *this;
  }
  ASL_ASYNC asl::Task<Response> invoke(Request &req) const {
    co_return co_await run(req, 0);
  }

private:
  ASL_ASYNC asl::Task<Response> run(Request &req, std::size_t i) const {
    if (i == items_.size())
      co_return co_await endpoint(req);
    Next next = [this, i](Request &r) { return run(r, i + 1); };
    co_return co_await items_[i](req, next);
  }
  std::vector<Middleware> items_;
};

ASL_ASYNC asl::Task<int> serve(const Pipeline &p) {
  std::map<std::string, int> codes;
  int failures = 0;
  for (const char *path : {"/home", "/flaky", "/boom", "/about"}) {
    Request req{path};
    try {
      auto [status, body] = co_await p.invoke(req);
      codes[body] = status;
      std::cout << path << " => " << body << "\n";
    } catch (const std::exception &e) {
      ++failures;
      codes[std::string("error:") + e.what()] = 500;
      std::cout << path << " => 500 " << e.what() << "\n";
    }
  }
  for (auto &[k, v] : codes)
    std::cout << v << " " << k << "\n";
  co_return failures;
}

int main() {
  Pipeline p;
  p.use(logging).use(retry);
  int f = asl::sync_wait(serve(p));
  std::cout << "failures " << f << "\n";
}
