// C# patterns: a static async factory (`static async Task<Conn>
// CreateAsync()`) with a private constructor, `await using` emulated with
// try/catch(...) capturing the exception_ptr, an awaited dispose_async()
// after the try, and rethrow; CancellationToken parameters defaulted to
// `{}` (`CancellationToken ct = default`); optional out-values.
#include <asl/cancellation.h>
#include <asl/task.h>

#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class Connection {
public:
  ASL_ASYNC static asl::Task<std::unique_ptr<Connection>>
  open(std::string host, asl::CancellationToken ct = {}) {
    ct.throw_if_cancelled();
    std::unique_ptr<Connection> c(new Connection(std::move(host)));
    co_await c->handshake();
    co_return c;
  }
  ASL_ASYNC asl::Task<std::optional<std::string>>
  query(std::string sql, asl::CancellationToken ct = {}) {
    ct.throw_if_cancelled();
    co_await ready_;
    if (sql.find("DROP") != std::string::npos)
      throw std::runtime_error("forbidden: " + sql);
    if (sql.empty())
      co_return std::nullopt;
    ++queries_;
    co_return host_ + "<" + sql + ">";
  }
  ASL_ASYNC asl::Task<void> dispose_async() {
    co_await ready_;
    std::cout << "  closed " << host_ << " after " << queries_
              << " queries\n";
    open_ = false;
  }
  ~Connection() {
    if (open_)
      std::cout << "  LEAK " << host_ << "\n";
  }

private:
  explicit Connection(std::string host) : host_(std::move(host)) {}
  ASL_ASYNC asl::Task<void> handshake() {
    co_await ready_;
    open_ = true;
    std::cout << "  opened " << host_ << "\n";
  }
  std::string host_;
  bool open_ = false;
  int queries_ = 0;
  asl::Event ready_{true};
};

ASL_ASYNC asl::Task<std::vector<std::string>>
run_batch(std::string host, std::vector<std::string> sqls,
          asl::CancellationToken ct = {}) {
  auto conn = co_await Connection::open(host, ct);
  std::vector<std::string> rows;
  std::exception_ptr failure;
  try {
    for (const auto &sql : sqls) {
      if (auto row = co_await conn->query(sql, ct))
        rows.push_back(*row);
      else
        rows.push_back("(empty)");
    }
  } catch (...) {
    failure = std::current_exception();
  }
  co_await conn->dispose_async();
  if (failure)
    std::rethrow_exception(failure);
  co_return rows;
}

int main() {
  for (auto batch : {std::vector<std::string>{"SELECT 1", "", "SELECT 2"},
                     std::vector<std::string>{"SELECT 3", "DROP t", "X"}}) {
    try {
      for (auto &r : asl::sync_wait(run_batch("db1", batch)))
        std::cout << r << "\n";
    } catch (const std::exception &e) {
      std::cout << "error: " << e.what() << "\n";
    }
  }
  asl::CancellationSource cts;
  cts.cancel();
  try {
    asl::sync_wait(run_batch("db2", {"SELECT 4"}, cts.token()));
  } catch (const asl::operation_cancelled &) {
    std::cout << "cancelled before open\n";
  }
}
