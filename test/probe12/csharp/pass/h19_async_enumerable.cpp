// IAsyncEnumerable<T> by hand: an async pull iterator with
// `while (co_await it.move_next())` and `it.current()` returned by
// reference, a LINQ-style Take/Where chain of iterators held by
// unique_ptr to an interface with virtual async members, and an
// `await foreach`-like helper that stops early with break.
#include <asl/task.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

template <class T> class IAsyncEnumerator {
public:
  virtual ~IAsyncEnumerator() = default;
  virtual asl::Task<bool> move_next() = 0;
  virtual const T &current() const = 0;
};

class Lines : public IAsyncEnumerator<std::string> {
public:
  explicit Lines(std::vector<std::string> v) : v_(std::move(v)) {}
  ASL_ASYNC asl::Task<bool> move_next() override {
    co_await gate_;
    if (i_ >= v_.size())
      co_return false;
    cur_ = v_[i_++];
    co_return true;
  }
  const std::string &current() const override { return cur_; }

private:
  std::vector<std::string> v_;
  std::size_t i_ = 0;
  std::string cur_;
  asl::Event gate_{true};
};

class NonEmpty : public IAsyncEnumerator<std::string> {
public:
  explicit NonEmpty(std::unique_ptr<IAsyncEnumerator<std::string>> in)
      : in_(std::move(in)) {}
  ASL_ASYNC asl::Task<bool> move_next() override {
    while (co_await in_->move_next())
      if (!in_->current().empty() && in_->current()[0] != '#')
        co_return true;
    co_return false;
  }
  const std::string &current() const override { return in_->current(); }

private:
  std::unique_ptr<IAsyncEnumerator<std::string>> in_;
};

class Take : public IAsyncEnumerator<std::string> {
public:
  Take(std::unique_ptr<IAsyncEnumerator<std::string>> in, int n)
      : in_(std::move(in)), left_(n) {}
  ASL_ASYNC asl::Task<bool> move_next() override {
    co_return left_-- > 0 && co_await in_->move_next();
  }
  const std::string &current() const override { return in_->current(); }

private:
  std::unique_ptr<IAsyncEnumerator<std::string>> in_;
  int left_;
};

ASL_ASYNC asl::Task<int> consume(IAsyncEnumerator<std::string> &it,
                                 std::string stop_at) {
  int n = 0;
  while (co_await it.move_next()) {
    const std::string &line = it.current();
    if (line == stop_at)
      break;
    std::cout << "  [" << ++n << "] " << line << "\n";
  }
  co_return n;
}

int main() {
  std::vector<std::string> text{"# header", "alpha", "", "beta", "# c",
                                "gamma", "delta", "epsilon"};
  auto pipeline = std::make_unique<Take>(
      std::make_unique<NonEmpty>(std::make_unique<Lines>(text)), 4);
  std::cout << "took " << asl::sync_wait(consume(*pipeline, "")) << "\n";
  NonEmpty ne(std::make_unique<Lines>(text));
  std::cout << "until gamma " << asl::sync_wait(consume(ne, "gamma")) << "\n";
  std::cout << "rest " << asl::sync_wait(consume(ne, "")) << "\n";
}
