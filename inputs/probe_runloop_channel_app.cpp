// A single-threaded app on a RunLoop: a producer parses records and sends
// them on a bounded channel, two consumers aggregate with a state machine
// per record kind (switch on an enum with awaits), one consumer is
// cancelled by a token half way, pool work is awaited and resumes back on
// the loop; output is deterministic because everything between awaits
// runs on the loop.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/run_loop.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <cstdio>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

enum class Kind { Deposit, Withdraw, Audit };

struct Record {
  Kind kind;
  std::string account;
  long amount;
};

ASL_ASYNC asl::Task<long> heavy_check(asl::ThreadPool &pool, long amount) {
  co_await pool.schedule();
  long h = 0;
  for (long i = 0; i < amount; ++i)
    h = (h * 31 + i) % 1000003;
  co_return h;
}

ASL_ASYNC asl::Task<int> produce(asl::Channel<Record> &ch, std::string text) {
  std::istringstream in(text);
  std::string line;
  int sent = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    char k;
    Record r;
    fields >> k >> r.account >> r.amount;
    r.kind = k == 'D' ? Kind::Deposit : k == 'W' ? Kind::Withdraw : Kind::Audit;
    co_await ch.send(std::move(r));
    ++sent;
  }
  ch.close();
  co_return sent;
}

struct Books {
  std::map<std::string, long> balance;
  std::vector<std::string> log;
};

ASL_ASYNC asl::Task<int> consume(const char *who, asl::Channel<Record> &ch, Books &books,
                                 asl::ThreadPool &pool, asl::CancellationToken stop) {
  int handled = 0;
  try {
    while (std::optional<Record> r = co_await ch.receive(stop)) {
      switch (r->kind) {
      case Kind::Deposit:
        books.balance[r->account] += r->amount;
        break;
      case Kind::Withdraw: {
        long &bal = books.balance[r->account];
        if (bal < r->amount) {
          books.log.push_back(std::string(who) + " overdraft " + r->account);
          break;
        }
        bal -= r->amount;
        break;
      }
      case Kind::Audit: {
        long h = co_await heavy_check(pool, r->amount);
        books.log.push_back(std::string(who) + " audit " + r->account + " " + std::to_string(h));
        break;
      }
      }
      ++handled;
    }
  } catch (const asl::operation_cancelled &) {
    books.log.push_back(std::string(who) + " cancelled");
  }
  co_return handled;
}

ASL_ASYNC asl::Task<int> app(asl::ThreadPool &pool) {
  asl::Channel<Record> ch(2);
  Books books;
  asl::CancellationSource stop_b;
  std::string input = "D ann 100\nD bob 50\nW ann 30\nA ann 20000\nW bob 80\nD cy 5\n"
                      "A bob 300\nW cy 1\nD ann 1\n";
  asl::Task<int> a = consume("a", ch, books, pool, asl::CancellationToken{});
  asl::Task<int> b = consume("b", ch, books, pool, stop_b.token());
  int sent = co_await produce(ch, input);
  stop_b.cancel();
  auto [ha, hb] = co_await asl::when_all(std::move(a), std::move(b));
  std::printf("sent %d handled %d\n", sent, ha + hb);
  for (const auto &[acct, bal] : books.balance)
    std::printf("  %s %ld\n", acct.c_str(), bal);
  std::printf("  log entries %zu\n", books.log.size());
  co_return static_cast<int>(books.balance.size());
}

int main() {
  asl::ThreadPool pool{2};
  asl::RunLoop loop;
  int n = loop.run([&] { return app(pool); });
  std::printf("accounts %d\n", n);
}
