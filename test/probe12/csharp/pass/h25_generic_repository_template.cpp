// A generic Repository<TEntity, TKey> class template with virtual async
// members, an async member template (FindByAsync with a predicate
// lambda), a derived template overriding and calling the base, and an
// async function template with an explicit template argument
// (`await Deserialize<T>(text)`).
#include <asl/task.h>

#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

template <class T> ASL_ASYNC asl::Task<T> deserialize(std::string text) {
  std::istringstream in(text);
  T value{};
  if (!(in >> value))
    throw std::runtime_error("cannot parse '" + text + "'");
  co_return value;
}

template <class TEntity, class TKey> class Repository {
public:
  virtual ~Repository() = default;
  ASL_ASYNC virtual asl::Task<std::optional<TEntity>> get(TKey key) const {
    co_await gate_;
    auto it = items_.find(key);
    if (it == items_.end())
      co_return std::nullopt;
    co_return it->second;
  }
  ASL_ASYNC virtual asl::Task<void> put(TKey key, TEntity value) {
    co_await gate_;
    items_[key] = std::move(value);
  }
  template <class Pred>
  ASL_ASYNC asl::Task<std::vector<TKey>> find_by(Pred pred) const {
    std::vector<TKey> out;
    for (const auto &[k, v] : items_) {
      co_await gate_;
      if (pred(v))
        out.push_back(k);
    }
    co_return out;
  }

protected:
  mutable asl::Event gate_{true};
  std::map<TKey, TEntity> items_;
};

template <class TEntity, class TKey>
class AuditedRepository : public Repository<TEntity, TKey> {
public:
  ASL_ASYNC asl::Task<void> put(TKey key, TEntity value) override {
    auto old = co_await this->get(key);
    log_.push_back(old ? "update" : "insert");
    co_await Repository<TEntity, TKey>::put(key, std::move(value));
  }
  std::vector<std::string> log_;
};

ASL_ASYNC asl::Task<void> demo() {
  AuditedRepository<double, std::string> prices;
  Repository<double, std::string> &repo = prices;
  for (auto [k, v] : std::vector<std::pair<std::string, std::string>>{
           {"tea", "2.5"}, {"coffee", "3.25"}, {"tea", "2.75"},
           {"cake", "x"}}) {
    try {
      co_await repo.put(k, co_await deserialize<double>(v));
    } catch (const std::runtime_error &e) {
      std::cout << "skip " << k << ": " << e.what() << "\n";
    }
  }
  for (const auto &l : prices.log_)
    std::cout << l << " ";
  std::cout << "\n";
  double limit = co_await deserialize<double>("2.6");
  auto cheap = co_await prices.find_by([limit](double p) { return p > limit; });
  for (const auto &k : cheap)
    std::cout << k << "=" << *co_await repo.get(k) << "\n";
  Repository<std::string, int> names;
  co_await names.put(co_await deserialize<int>("7"), "seven");
  auto n = co_await names.get(7);
  std::cout << n.value_or("?") << " " << (co_await names.get(8)).value_or("?")
            << "\n";
}

int main() { asl::sync_wait(demo()); }
